import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestApi, type TestApi } from "@throughline/api/testing/test-api";
import { notify } from "@throughline/db/queries/notifications/notify";
import { outboxEmail } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWorkerTick } from "../worker/run-worker-tick.ts";
import { createFileMailer } from "./transport.ts";

/* With no SMTP server configured nothing is dropped: each message becomes an .eml file. */

const PUBLIC_URL = "https://throughline.example.org";
const DAY = 24 * 60 * 60_000;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe("without SMTP", () => {
  it("keeps each message as an .eml file under the data folder and marks it sent", async () => {
    const maria = await membershipFor(api.db, "teacher@maplevalley.test");
    const janelle = await membershipFor(api.db, "coach@maplevalley.test");
    const { districtId } = maria;
    const now = Date.now();
    const dataDir = await mkdtemp(join(tmpdir(), "throughline-mail-"));
    const mailer = createFileMailer(dataDir);
    try {
      // Written a week ago: whatever quiet hours held it back are long over.
      await withTenant(api.db, districtId, (tx) =>
        notify(
          tx,
          districtId,
          {
            recipientIds: [janelle.personId],
            kind: "step_stuck",
            title: "Maria Delgado is stuck on a step",
            body: "Find a mentor text",
            link: { app: "coach", path: `/teachers/${maria.personId}` },
          },
          new Date(now - 7 * DAY),
        ),
      );
      const report = await runWorkerTick(
        {
          db: api.db,
          mailer,
          publicUrl: PUBLIC_URL,
          secret: "a-test-secret-that-is-long-enough-for-hmac-signing",
          // Only the message above: the seeded district's reminders would add others.
          reminders: async () => 0,
        },
        new Date(now),
      );
      expect(report).toMatchObject({ sent: 1 });
      const [row] = await withTenant(api.db, districtId, (tx) =>
        tx
          .select()
          .from(outboxEmail)
          .where(eq(outboxEmail.subject, "Maria Delgado is stuck on a step")),
      );
      expect(row).toMatchObject({ status: "sent", deliveredVia: "file", attempts: 1 });
      const parsed = await simpleParser(await readFile(join(dataDir, "mail", `${row?.id}.eml`)));
      expect(parsed.messageId).toBe(`<${row?.id}@throughline.example.org>`);
      expect(parsed.subject).toBe("Maria Delgado is stuck on a step");
      expect(parsed.text).toContain(`${PUBLIC_URL}/coach/teachers/${maria.personId}`);
    } finally {
      mailer.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
