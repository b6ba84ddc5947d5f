import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

const api = testApiPerFile({ seed: false });

let district: TestDistrict;
let teacher: TestPerson;
let principal: TestPerson;
let otherPrincipal: TestPerson;

const ibWorkshop = {
  title: "IB Category 2 Workshop: Approaches to Learning",
  provider: "International Baccalaureate",
  kind: "workshop" as const,
  startOn: "2026-10-01",
  endOn: "2026-10-03",
  hours: 6.5,
  description: "Three days on inquiry-based unit planning.",
};

beforeAll(async () => {
  district = await testDistrict(api, { timeZone: "America/Chicago" });
  ({ teacher, principal } = await district.schoolWithStaff("Tomás Rivera"));
  otherPrincipal = await district.principalElsewhere();
});

async function submitted() {
  const asTeacher = await district.callerFor(teacher);
  return (await asTeacher.externalPd.submit(ibWorkshop)).requestId;
}

describe("a request for PD credit, from submission to the transcript", () => {
  it("is returned with a reason, edited and sent again, approved, and counted as external", async () => {
    const asTeacher = await district.callerFor(teacher);
    const asPrincipal = await district.callerFor(principal);
    const requestId = await submitted();

    const waiting = await asPrincipal.externalPd.queue();
    expect(waiting.map((row) => [row.id, row.teacherName, row.hours])).toContainEqual([
      requestId,
      "Tomás Rivera",
      6.5,
    ]);
    // A principal of another school does not see it, and cannot decide it.
    const elsewhere = await district.callerFor(otherPrincipal);
    expect((await elsewhere.externalPd.queue()).map((row) => row.id)).not.toContain(requestId);
    expect(await codeOf(elsewhere.externalPd.approve({ requestId }))).toBe("NOT_FOUND");

    await asPrincipal.externalPd.return({
      requestId,
      reason: "The certificate shows 6 hours, not 6.5.",
    });
    const [returned] = await asTeacher.externalPd.mine();
    expect(returned).toMatchObject({
      status: "returned",
      returnReason: "The certificate shows 6 hours, not 6.5.",
    });
    // Decided once: a second decision is refused until the teacher sends it again.
    expect(await codeOf(asPrincipal.externalPd.approve({ requestId }))).toBe("CONFLICT");

    await asTeacher.externalPd.update({ ...ibWorkshop, requestId, hours: 6 });
    const [again] = await asTeacher.externalPd.mine();
    expect(again).toMatchObject({ status: "submitted", hours: 6, returnReason: null });

    await asPrincipal.externalPd.approve({ requestId });
    const [approved] = await asTeacher.externalPd.mine();
    expect(approved?.status).toBe("approved");
    expect(await codeOf(asTeacher.externalPd.update({ ...ibWorkshop, requestId }))).toBe(
      "CONFLICT",
    );

    const transcript = await asTeacher.transcript.mine({ schoolYear: "2026-27" });
    const line = transcript.activities.find((activity) => activity.kind === "external");
    expect(line).toMatchObject({
      day: "2026-10-03",
      title: ibWorkshop.title,
      minutes: 360,
      hours: 6,
      external: {
        provider: "International Baccalaureate",
        kind: "workshop",
        startOn: "2026-10-01",
      },
    });
    expect(transcript.totals.external).toEqual({ minutes: 360, hours: 6 });
    expect(transcript.totals.total.minutes).toBe(transcript.totals.framework.minutes + 360);
    expect(transcript.district.name).toMatch(/^Test District/);

    const { csv } = await asTeacher.transcript.csv({ schoolYear: "2026-27" });
    expect(csv).toContain(
      "2026-10-03,External,IB Category 2 Workshop: Approaches to Learning,International Baccalaureate,360,6.0",
    );
    expect(csv).toContain(",Total: External,,,360,6.0");

    // The principal may read the teacher's transcript too; the other school's may not.
    const forPrincipal = await asPrincipal.transcript.forTeacher({
      personId: teacher.id,
      schoolYear: "2026-27",
    });
    expect(forPrincipal.totals.external.hours).toBe(6);
    expect(await codeOf(elsewhere.transcript.forTeacher({ personId: teacher.id }))).toBe(
      "NOT_FOUND",
    );
  });

  it("tells the teacher of each decision and records it on the audit log", async () => {
    const asPrincipal = await district.callerFor(principal);
    const requestId = await submitted();
    await asPrincipal.externalPd.return({ requestId, reason: "Please attach the certificate." });
    const notices = await rawRows<{ kind: string; title: string; body: string }>(
      api.db,
      sql`select kind::text, title, body from notification
          where recipient_id = ${teacher.id} and subject_id = ${requestId}`,
    );
    expect(notices).toEqual([
      {
        kind: "external_pd_decided",
        title: `PD credit returned: ${ibWorkshop.title}`,
        body: "Reason: Please attach the certificate. Edit the request and send it again.",
      },
    ]);
    const entries = await rawRows<{ action: string; actor_id: string; after: unknown }>(
      api.db,
      sql`select action, actor_id::text, after from audit_event where subject_id = ${requestId}`,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "external_pd.returned",
      actor_id: principal.id,
      after: { status: "returned", return_reason: "Please attach the certificate." },
    });
  });

  it("lets the teacher withdraw a waiting request, which then leaves the queue", async () => {
    const asTeacher = await district.callerFor(teacher);
    const requestId = await submitted();
    await asTeacher.externalPd.withdraw({ requestId });
    const queue = await (await district.callerFor(principal)).externalPd.queue();
    expect(queue.map((row) => row.id)).not.toContain(requestId);
    expect(await codeOf(asTeacher.externalPd.withdraw({ requestId }))).toBe("CONFLICT");
  });

  it("keeps another teacher's request out of reach", async () => {
    const requestId = await submitted();
    const someoneElse = await district.person({ role: "teacher", school: await district.school() });
    const asOther = await district.callerFor(someoneElse);
    expect(await codeOf(asOther.externalPd.withdraw({ requestId }))).toBe("NOT_FOUND");
    expect(await codeOf(asOther.externalPd.update({ ...ibWorkshop, requestId }))).toBe("NOT_FOUND");
    expect((await asOther.externalPd.mine()).map((row) => row.id)).not.toContain(requestId);
  });
});

describe("what a request must say", () => {
  it("names each wrong field", async () => {
    const asTeacher = await district.callerFor(teacher);
    const refused = await refusalOf(
      asTeacher.externalPd.submit({
        ...ibWorkshop,
        title: " ",
        startOn: "2026-10-03",
        endOn: "2026-10-01",
        hours: 0,
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: "title", message: "Enter the title" },
        { path: "hours", message: "Hours must be more than 0" },
      ]),
    );
    const tooMany = await refusalOf(
      asTeacher.externalPd.submit({ ...ibWorkshop, startOn: "2026-10-03", hours: 20 }),
    );
    expect(tooMany.fieldErrors).toEqual([
      { path: "hours", message: "20 hours don't fit in these dates (at most 12 a day)" },
    ]);
    const future = await refusalOf(
      asTeacher.externalPd.submit({ ...ibWorkshop, startOn: "2099-01-01", endOn: "2099-01-02" }),
    );
    expect(future.fieldErrors?.map((entry) => entry.path)).toEqual(["endOn"]);
  });

  it("asks for a reason when returning", async () => {
    const requestId = await submitted();
    const refused = await refusalOf(
      (await district.callerFor(principal)).externalPd.return({ requestId, reason: "  " }),
    );
    expect(refused.fieldErrors).toEqual([
      { path: "reason", message: "Say what the teacher should change" },
    ]);
  });

  it("is for teachers to send and for principals and district admins to decide", async () => {
    const asPrincipal = await district.callerFor(principal);
    expect(await codeOf(asPrincipal.externalPd.submit(ibWorkshop))).toBe("FORBIDDEN");
    const asTeacher = await district.callerFor(teacher);
    expect(await codeOf(asTeacher.externalPd.queue())).toBe("FORBIDDEN");
    const requestId = await submitted();
    const asAdmin = await district.callerFor(district.admin);
    await asAdmin.externalPd.approve({ requestId });
    expect((await asTeacher.externalPd.mine()).find((row) => row.id === requestId)?.status).toBe(
      "approved",
    );
  });
});
