import { demoEmail } from "@throughline/api/testing/demo-emails";
import { beforeAll, describe, expect, it } from "vitest";
import { testServerPerFile } from "../testing/test-server-per-file.ts";
import { pdfText } from "./pdf-text.ts";
import { formatPdfDay } from "./pdf-text-format.ts";

/*
 * The transcript PDF over HTTP: the signed-in teacher's own, or a teacher's for the principal
 * of their school and the district admin; the text read back from the PDF names the teacher,
 * the district, every activity with its date and hours, the external PD and the totals.
 */

const { api, app } = testServerPerFile();
let mariaId: string;

beforeAll(async () => {
  const maria = await api.callerFor(demoEmail.teacher);
  mariaId = (await maria.viewer.me()).person.id;
  const { requestId } = await maria.externalPd.submit({
    title: "Harvard Instructional Rounds Institute",
    provider: "Harvard Graduate School of Education",
    kind: "university_course",
    startOn: "2026-09-21",
    endOn: "2026-09-23",
    hours: 15.5,
    description: null,
  });
  await (await api.callerFor(demoEmail.principal)).externalPd.approve({ requestId });
});

async function get(path: string, email: string | null) {
  const headers: Record<string, string> = email
    ? { cookie: await api.sessionCookieFor(email) }
    : {};
  return app.request(path, { headers });
}

/** Text without any white space, so a title wrapped anywhere still reads as itself. */
const squashed = (text: string) => text.replace(/\s+/g, "");

describe("the transcript PDF", () => {
  it("holds the teacher's name, district, each activity with its date and hours, and the totals", async () => {
    const transcript = await (await api.callerFor(demoEmail.teacher)).transcript.mine();
    const response = await get("/files/pdf/transcript", demoEmail.teacher);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="pd-transcript-maria-delgado-\d{4}-\d{2}\.pdf"/,
    );
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(`Educator: ${transcript.person.displayName}`);
    expect(text).toContain("District: Maple Valley Unified");
    expect(text).toContain(`School year: ${transcript.schoolYear}`);
    expect(transcript.activities.length).toBeGreaterThan(3);
    for (const activity of transcript.activities) {
      expect(squashed(text)).toContain(squashed(activity.title));
      expect(text).toContain(formatPdfDay(activity.day));
    }
    expect(squashed(text)).toContain(
      squashed("Harvard Instructional Rounds Institute — Harvard Graduate School of Education"),
    );
    expect(text).toContain("Sep 21, 2026 – Sep 23, 2026");
    expect(text).toContain(`External PD (approved) ${transcript.totals.external.hours.toFixed(1)}`);
    expect(transcript.totals.external.hours).toBe(15.5);
    expect(text).toContain(
      `Total PD hours ${transcript.schoolYear} ${transcript.totals.total.hours.toFixed(1)}`,
    );
    expect(text).toMatch(/reference TL-[0-9A-F]{4}-[0-9A-F]{4}/);
  });

  it("is a teacher's for the principal of their school and the district admin, nobody else", async () => {
    for (const email of [demoEmail.principal, demoEmail.admin]) {
      const response = await get(`/files/pdf/transcript/${mariaId}`, email);
      expect(response.status, email).toBe(200);
      expect(pdfText(Buffer.from(await response.arrayBuffer()))).toContain("Maria Delgado");
    }
    expect((await get(`/files/pdf/transcript/${mariaId}`, demoEmail.middlePrincipal)).status).toBe(
      404,
    );
    expect((await get(`/files/pdf/transcript/${mariaId}`, demoEmail.leader)).status).toBe(403);
    expect((await get("/files/pdf/transcript", null)).status).toBe(401);
    expect((await get("/files/pdf/transcript?year=last", demoEmail.teacher)).status).toBe(400);
  });
});
