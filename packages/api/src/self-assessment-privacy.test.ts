import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { demoEmail } from "./testing/demo-emails.ts";
import { districtSampleIds } from "./testing/district-sample-ids.ts";
import { type ForeignIds, inputsToTry } from "./testing/foreign-inputs.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/**
 * A teacher's self-assessment is coaching content: no procedure may hand its ratings or notes to
 * an evaluator (the teacher's principal, the district admin) unless the teacher shared it. The
 * demo teacher records one with a note no other row holds; every read of the router is then
 * called by both evaluators with inputs aimed at her (her id wherever a procedure names a
 * teacher or person), and no answer may carry the note. Once shared, `selfAssessment.forTeacher`
 * does, which shows the probe can see it when it is there.
 */

const EVALUATORS = ["principal@maplevalley.test", "admin@maplevalley.test"];
const NOTE = "Private self-rating note Q7X4";

const api = testApiPerFile();
let ids: ForeignIds;
let teacherId: string;
let assessmentId: string;

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string } }
>;
const reads = Object.keys(procedures).filter((path) => procedures[path]?._def.type === "query");

async function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  // The caller is a proxy keyed by path segments; walking it by name is the point of this test.
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/** The sample input, and the same with the teacher named wherever a person is. */
function inputsFor(path: string): unknown[] {
  const base = inputsToTry[path]?.(ids);
  if (typeof base !== "object" || base === null) return [base];
  const aimed = Object.fromEntries(
    Object.entries(base).map(([key, value]) => [
      key,
      key === "teacherId" || key === "personId" ? teacherId : value,
    ]),
  );
  return [base, aimed];
}

/** What the evaluator receives from every read, as text (refusals are empty). */
async function everythingReadBy(email: string): Promise<string> {
  const caller = await api.callerFor(email);
  const answers: string[] = [];
  for (const path of reads) {
    for (const input of inputsFor(path)) {
      try {
        answers.push(JSON.stringify(await callByPath(caller, path, input)) ?? "");
      } catch {
        // A refusal or a bad input carries nothing.
      }
    }
  }
  return answers.join("\n");
}

beforeAll(async () => {
  ids = await districtSampleIds(api.db, "maple-valley", demoEmail.teacher, [
    demoEmail.teacher,
    ...EVALUATORS,
  ]);
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from person where email = ${demoEmail.teacher}`,
  );
  teacherId = row?.id ?? "";
  const teacher = await api.callerFor(demoEmail.teacher);
  const stageId = (await teacher.teacher.home()).enrolments[0]?.stage.id ?? "";
  const { indicators } = await teacher.selfAssessment.stage({ stageId });
  const recorded = await teacher.selfAssessment.record({
    stageId,
    moment: "check_in",
    ratings: indicators.map((item) => ({ indicatorId: item.id, levelRank: 0, note: NOTE })),
  });
  assessmentId = recorded.id;
}, 60_000);

describe("self-assessments never reach evaluators unshared", () => {
  it.each(EVALUATORS)(
    "no read of the router gives %s the note",
    async (email) => {
      expect(reads.length).toBeGreaterThan(50);
      expect(await everythingReadBy(email)).not.toContain(NOTE);
    },
    120_000,
  );

  it.each(EVALUATORS)(
    "once shared, %s reads it through selfAssessment.forTeacher",
    async (email) => {
      const teacher = await api.callerFor(demoEmail.teacher);
      await teacher.selfAssessment.share({ selfAssessmentId: assessmentId, shared: true });
      const evaluator = await api.callerFor(email);
      const { assessments } = await evaluator.selfAssessment.forTeacher({ teacherId });
      const shared = assessments.find((row) => row.id === assessmentId);
      expect(
        shared?.ratings.every((rating) => rating.note === NOTE && rating.levelRank === 0),
      ).toBe(true);
      // The same walk finds the note now: the probe sees content when it is there.
      expect(await everythingReadBy(email)).toContain(NOTE);
      await teacher.selfAssessment.share({ selfAssessmentId: assessmentId, shared: false });
    },
    120_000,
  );
});
