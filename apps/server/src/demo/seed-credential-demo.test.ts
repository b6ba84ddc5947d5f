import { rawRows } from "@throughline/db/testing";
import { verifySignature } from "@throughline/open-badges/verify";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";
import { DEMO_CREDENTIAL, seedCredentialDemo } from "./seed-credential-demo.ts";
import { seedDemo } from "./seed-demo.ts";

const PUBLIC_URL = "https://throughline.example.org";
const SECRET = "a-server-secret-for-the-demo-data-tests";
const DID = "did:web:throughline.example.org:districts:maple-valley";
const LEAH = "leah.whitfield@maplevalley.test";
const THERESA = "theresa.lam@maplevalley.test";

const server = testServerPerFile({ publicUrl: PUBLIC_URL, secret: SECRET });
const { api, app } = server;

const deps = () => ({
  db: api.db,
  storage: server.storage,
  issuer: { publicUrl: PUBLIC_URL, secret: SECRET },
});

const demoSubmissions = () =>
  rawRows<{ id: string; email: string; status: string }>(
    api.db,
    sql`select s.id::text as id, p.email, s.status from credential_submission s
        join person p on p.district_id = s.district_id and p.id = s.person_id
        order by s.submitted_at`,
  );

describe("the micro-credential demo data", () => {
  it("is added only right after the demo districts are seeded, and only once", async () => {
    // The districts were seeded before: starting again adds nothing.
    await seedDemo(deps());
    expect(await demoSubmissions()).toEqual([]);

    expect(await seedCredentialDemo(deps())).toBe(true);
    expect(await seedCredentialDemo(deps())).toBe(false);
    const written = await demoSubmissions();
    expect(written.map((row) => row.status)).toEqual(["earned", "submitted", "submitted"]);
    const emails = written.map((row) => row.email);
    expect(new Set(emails).size).toBe(3);
    expect(emails).not.toContain("teacher@maplevalley.test");
    expect(emails).not.toContain("leader@maplevalley.test");
  });

  it("puts two complete submissions in both reviewers' queues, one past the 7-day flag", async () => {
    for (const email of [LEAH, THERESA]) {
      const reviewer = await api.callerFor(email);
      const queue = await reviewer.credentialReviews.queue();
      const demo = queue.toReview.filter((item) => item.credentialName === DEMO_CREDENTIAL);
      expect(demo.map(({ waitingDays, overdue }) => ({ waitingDays, overdue }))).toEqual([
        { waitingDays: 9, overdue: true },
        { waitingDays: 3, overdue: false },
      ]);
      for (const item of demo) expect(item.teacher?.school).toBe("Maple Valley Elementary");
    }

    const files = await rawRows<{ id: string; annotation: string }>(
      api.db,
      sql`select e.id::text as id, e.annotation from submission_evidence e
          join credential_submission s on s.id = e.submission_id
          where s.status = 'submitted' and e.source = 'upload'`,
    );
    expect(files).toHaveLength(2 * 4);
    expect(files.every((file) => file.annotation.length > 0)).toBe(true);
    const response = await app.request(`/files/submission-evidence/${files[0]?.id}`, {
      headers: { cookie: await api.sessionCookieFor(LEAH) },
    });
    expect(response.status).toBe(200);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-1\.4/);
  });

  it("holds a badge earned 20 days ago on Leah's review, whose signature verifies", async () => {
    const [badge] = await rawRows<{ id: string; days: number; reviewer: string }>(
      api.db,
      sql`select b.id::text as id,
            round(extract(epoch from now() - b.awarded_at) / 86400)::int as days,
            p.email as reviewer
          from awarded_badge b
          join credential_review r on r.submission_id = b.submission_id and r.outcome = 'earned'
          join person p on p.id = r.reviewer_id`,
    );
    expect(badge).toMatchObject({ days: 20, reviewer: LEAH });

    const didDocument = (await (
      await app.request("/districts/maple-valley/did.json")
    ).json()) as Record<string, unknown> | null;
    const credential = (await (
      await app.request(`/credentials/${badge?.id}.json`)
    ).json()) as Record<string, unknown>;
    const resolve = async (did: string) => (did === DID ? didDocument : null);
    expect(await verifySignature(credential, resolve)).toEqual({ ok: true });
  });
});
