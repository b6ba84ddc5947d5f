import { demoEmail } from "@throughline/api/testing/demo-emails";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";
import { pdfText } from "./pdf-text.ts";
import { formatPdfDay } from "./pdf-text-format.ts";

/*
 * A certificate PDF per stage, finished MicroPD course and micro-credential the signed-in
 * teacher completed: the text read back names the teacher, the district, what was completed,
 * its dates and hours, and carries a verification reference. Nobody else gets it.
 */

const { api, app } = testServerPerFile();
/** A demo teacher who finished every MicroPD session of a stage. */
let finisher: string;

beforeAll(async () => {
  const [row] = await rawRows<{ email: string }>(
    api.db,
    sql`select p.email from person p
        join micropd_progress pr on pr.district_id = p.district_id and pr.person_id = p.id
        join micropd_session s on s.district_id = pr.district_id and s.id = pr.session_id
        where pr.completed_at is not null and p.email like '%@maplevalley.test'
        group by p.email, s.stage_id, s.district_id
        having count(*) = (select count(*) from micropd_session t
          where t.district_id = s.district_id and t.stage_id = s.stage_id)
        order by p.email limit 1`,
  );
  if (!row) throw new Error("The demo has a teacher who finished a stage's sessions.");
  finisher = row.email;
});

async function get(path: string, email: string) {
  return app.request(path, { headers: { cookie: await api.sessionCookieFor(email) } });
}

describe("certificate PDFs", () => {
  it("prints each certificate the teacher earned with name, district, what, dates and hours", async () => {
    const teacher = await api.callerFor(finisher);
    const me = await teacher.viewer.me();
    const certificates = await teacher.transcript.certificates();
    expect(certificates.map((entry) => entry.kind)).toContain("course");
    for (const certificate of certificates) {
      const response = await get(
        `/files/pdf/certificates/${certificate.kind}/${certificate.id}`,
        finisher,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const bytes = Buffer.from(await response.arrayBuffer());
      // One page, as a certificate is printed and framed.
      expect(bytes.toString("latin1")).toMatch(/\/Type \/Pages[^>]*\/Count 1\b/);
      const text = pdfText(bytes);
      expect(text).toContain("Certificate of Completion");
      expect(text).toContain(me.person.displayName);
      expect(text).toContain("of Maple Valley Unified");
      expect(text.replace(/\s+/g, "")).toContain(certificate.title.replace(/\s+/g, ""));
      expect(text).toContain(formatPdfDay(certificate.completedOn));
      expect(text).toContain(`Professional development hours: ${certificate.hours.toFixed(1)}`);
      expect(text).toMatch(/reference TL-[0-9A-F]{4}-[0-9A-F]{4}/);
    }
  });

  it("is the teacher's own: anyone else is told there is no such certificate", async () => {
    const [course] = (await (await api.callerFor(finisher)).transcript.certificates()).filter(
      (entry) => entry.kind === "course",
    );
    const path = `/files/pdf/certificates/course/${course?.id}`;
    // Jamal is early in Stage 1: he finished no stage's sessions.
    const other = demoEmail.unassessedTeacher;
    const others = await (await api.callerFor(other)).transcript.certificates();
    expect(others.map((entry) => entry.id)).not.toContain(course?.id);
    expect((await get(path, other)).status).toBe(404);
    expect((await get("/files/pdf/certificates/diploma/x", finisher)).status).toBe(404);
    expect((await app.request(path)).status).toBe(401);
  });
});
