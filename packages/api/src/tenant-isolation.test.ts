import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { type ForeignIds, inputsToTry } from "./testing/foreign-inputs.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/**
 * A person of one district must not be able to read a single row of another district through
 * any procedure. The test walks every procedure of the router, so a new procedure is covered
 * the day it is added; one that takes input names the foreign ids to try in
 * `testing/foreign-inputs.ts`.
 */

const api = testApiPerFile();
let mapleRowIds: Set<string>;
let foreign: ForeignIds;

beforeAll(async () => {
  // The test connection owns the tables, so it can see every district (row security is for the app role).
  // Tables keyed by something other than an id (per-teacher summaries) hold no id to send.
  const tables = await rawRows<{ table_name: string }>(
    api.db,
    sql`select c.table_name from information_schema.columns c
        where c.table_schema = 'public' and c.column_name = 'district_id'
          and exists (
            select 1 from information_schema.columns i
            where i.table_schema = 'public' and i.table_name = c.table_name and i.column_name = 'id'
          )`,
  );
  const [maple] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from district where slug = 'maple-valley'`,
  );
  const mapleId = maple?.id ?? "";
  mapleRowIds = new Set([mapleId]);
  for (const { table_name } of tables) {
    const rows = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from ${sql.identifier(table_name)} where district_id = ${mapleId}`,
    );
    for (const row of rows) mapleRowIds.add(row.id);
  }
  const [stage] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from stage where district_id = ${mapleId} order by position limit 1`,
  );
  // A Maple Valley enrolment: its cohort and teacher too.
  const [enrolled] = await rawRows<{ id: string; cohort_id: string; person_id: string }>(
    api.db,
    sql`select id::text as id, cohort_id::text as cohort_id, person_id::text as person_id
        from enrolment where district_id = ${mapleId} order by created_at limit 1`,
  );
  const [session] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from micropd_session where district_id = ${mapleId} limit 1`,
  );
  // A Maple Valley action plan and one of its steps.
  const [step] = await rawRows<{ id: string; plan_id: string }>(
    api.db,
    sql`select id::text as id, plan_id::text as plan_id from action_step
        where district_id = ${mapleId} order by created_at limit 1`,
  );
  const [foreignTeam] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from team where district_id = ${mapleId} limit 1`,
  );
  // A scheduled Maple Valley meeting and one of its protocol steps, for scheduling and cancelling.
  const [foreignMeeting] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from support_meeting
        where district_id = ${mapleId} and status = 'scheduled' limit 1`,
  );
  const [foreignStep] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from protocol_step where district_id = ${mapleId} limit 1`,
  );
  // A published Maple Valley observation (its content is what must never cross districts).
  const [foreignObservation] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from observation where district_id = ${mapleId} limit 1`,
  );
  const [foreignSchool] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from school where district_id = ${mapleId} limit 1`,
  );
  const [foreignIndicator] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from indicator where district_id = ${mapleId} limit 1`,
  );
  const [foreignCredential] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from credential where district_id = ${mapleId} limit 1`,
  );
  const [foreignHoliday] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from school_holiday where district_id = ${mapleId} limit 1`,
  );
  foreign = {
    holidayId: foreignHoliday?.id ?? "",
    credentialId: foreignCredential?.id ?? "",
    indicatorId: foreignIndicator?.id ?? "",
    schoolId: foreignSchool?.id ?? "",
    observationId: foreignObservation?.id ?? "",
    meetingId: foreignMeeting?.id ?? "",
    protocolStepId: foreignStep?.id ?? "",
    teamId: foreignTeam?.id ?? "",
    planId: step?.plan_id ?? "",
    stepId: step?.id ?? "",
    stageId: stage?.id ?? "",
    sessionId: session?.id ?? "",
    cohortId: enrolled?.cohort_id ?? "",
    personId: enrolled?.person_id ?? "",
    enrolmentId: enrolled?.id ?? "",
  };
});

/** Every procedure path ("viewer.me", …), as tRPC keeps them flat at run time. */
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { inputs: unknown[] } }
>;

function procedurePaths(): string[] {
  return Object.keys(procedures);
}

async function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  // The caller is a proxy keyed by path segments; walking it by name is the point of this test.
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

describe("tenant isolation through the API", () => {
  it("finds rows of the other district to look for", () => {
    expect(mapleRowIds.size).toBeGreaterThan(100);
    expect(foreign.stageId).not.toBe("");
  });

  it("every procedure that takes input has foreign ids to try", () => {
    const needInput = procedurePaths().filter((path) => procedures[path]?._def.inputs.length);
    expect(needInput.filter((path) => !(path in inputsToTry))).toEqual([]);
  });

  it.each(procedurePaths())(
    "%s returns nothing of Maple Valley to a Cedar Ridge coach",
    async (path) => {
      const caller = await api.callerFor("coach@cedarridge.test");
      const input = inputsToTry[path]?.(foreign);
      let output: unknown;
      try {
        output = await callByPath(caller, path, input);
      } catch (error) {
        // Refusing is fine (FORBIDDEN / NOT_FOUND); leaking is not.
        expect(String((error as { code?: string }).code)).toMatch(
          /FORBIDDEN|NOT_FOUND|UNAUTHORIZED/,
        );
        return;
      }
      const text = JSON.stringify(output);
      const leaked = [...mapleRowIds].filter((id) => text.includes(id));
      expect(leaked).toEqual([]);
      expect(text).not.toContain("Maple Valley");
    },
  );
});
