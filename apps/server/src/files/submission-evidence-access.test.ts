import {
  certify,
  LESSON_DESIGN,
  setReviewSettings,
} from "@throughline/api/testing/credential-reviews-fixture";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * Who may download a file of a micro-credential submission: its teacher, a reviewer the review
 * rules admit, and district admins; everyone else is told it does not exist.
 */

const MARIA = "teacher@maplevalley.test";
const JANELLE = "coach@maplevalley.test";
const LEAH = "leah.whitfield@maplevalley.test";
const ADMIN = "admin@maplevalley.test";
const CEDAR_COACH = "coach@cedarridge.test";
const PDF = new TextEncoder().encode("%PDF-1.4\n% Maria's lesson plan\n%%EOF\n");

let itemId: string;
let otherTeacher: string;
let districtId: string;

const { api, app } = testServerPerFile();

beforeAll(async () => {
  const [credential] = await rawRows<{ credential_id: string; district_id: string }>(
    api.db,
    sql`select v.credential_id::text as credential_id, v.district_id::text as district_id
        from credential_version v
        join district d on d.id = v.district_id
        where d.slug = 'maple-valley' and v.name = ${LESSON_DESIGN} limit 1`,
  );
  districtId = credential?.district_id ?? "";
  const maria = await api.callerFor(MARIA);
  const { submissionId } = await maria.credentials.start({
    credentialId: credential?.credential_id ?? "",
  });
  const form = new FormData();
  form.set("submissionId", submissionId);
  form.set("file", new File([PDF], "lesson plan.pdf", { type: "application/pdf" }));
  const uploaded = await app.request("/files/submission-evidence?requirementKey=lesson_plan", {
    method: "POST",
    body: form,
    headers: { cookie: await api.sessionCookieFor(MARIA) },
  });
  expect(uploaded.status).toBe(201);
  itemId = ((await uploaded.json()) as { itemId: string }).itemId;
  // Sent for review, as the teacher's page would once every requirement is met.
  await rawRows(
    api.db,
    sql`update credential_submission set status = 'submitted', submitted_at = now()
        where id = ${submissionId}`,
  );
  // Certified, so only the coaching rule stands between Janelle and Maria's work.
  await certify(api.db, JANELLE);
  // A teacher of the same district with no other role: no reviewer of anything.
  const [teacher] = await rawRows<{ email: string }>(
    api.db,
    sql`select p.email from person p
        join district d on d.id = p.district_id and d.slug = 'maple-valley'
        where p.email not in (${MARIA}, 'leader@maplevalley.test')
        and exists (select 1 from role_membership r where r.person_id = p.id and r.role = 'teacher')
        and not exists (select 1 from role_membership r where r.person_id = p.id and r.role <> 'teacher')
        order by p.email limit 1`,
  );
  otherTeacher = teacher?.email ?? "";
});

async function download(email: string | null) {
  const headers: Record<string, string> = email
    ? { cookie: await api.sessionCookieFor(email) }
    : {};
  return app.request(`/files/submission-evidence/${itemId}`, { headers });
}

describe("downloading a submission's evidence", () => {
  it.each([
    ["the teacher who submitted it", MARIA],
    ["a certified reviewer who does not coach her", LEAH],
    ["a district admin", ADMIN],
  ])("sends it to %s", async (_who, email) => {
    const response = await download(email);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });

  it("hides it from her own coach, another teacher and another district", async () => {
    expect(otherTeacher).not.toBe("");
    for (const email of [JANELLE, otherTeacher, CEDAR_COACH]) {
      const response = await download(email);
      expect({ email, status: response.status }).toEqual({ email, status: 404 });
    }
  });

  it("sends it to her coach once the district lets coaches review their own teachers", async () => {
    await setReviewSettings(api.db, districtId, { excludesCoached: false });
    expect((await download(JANELLE)).status).toBe(200);
    await setReviewSettings(api.db, districtId, { excludesCoached: true });
  });

  it("asks a signed-out visitor to sign in", async () => {
    expect((await download(null)).status).toBe(401);
  });
});
