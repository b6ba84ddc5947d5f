import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { stageStatus } from "@throughline/domain/rules/stage-status";
import { type Query, type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  awardedBadge,
  cohort,
  collaborationBlock,
  credentialVersion,
  enrolment,
  enrolmentProgressSummary,
  evidenceFile,
  externalPdRequest,
  micropdSession,
  program,
  stage,
  supportMeeting,
} from "../../schema/index.ts";
import { CURRENT_STATUSES } from "../enrolments/stage-progress.ts";
import { rowsOfResult } from "../sql/result-rows.ts";
import { type BlockUseFacts, blockUseFactsSql, teamBlockUseOf } from "./dashboard-block-use.ts";
import { jsonRowsSql, jsonValue } from "./dashboard-json-rows.ts";
import { meetingMinutesSql } from "./dashboard-meeting-minutes.ts";
import { type ReachOf, teachersInReach, teamsInReach } from "./dashboard-reach.ts";
import {
  type SessionSummaryRow,
  sessionSummariesSql,
  sessionSummaryOf,
} from "./dashboard-sessions.ts";
import { teacherMeetingsSql } from "./dashboard-teacher-meetings.ts";

/** The values of one run of the facts statement, each bound where its placeholder stands. */
interface FactsValues {
  /** The level's school, team or teacher id (none for the district). */
  reachId: string | null;
  from: string;
  to: string;
  paceFrom: string;
  yearStart: string;
  nextYear: string;
  schoolYear: string;
}

type Kind = ReachOf<string>["kind"];
const value = (name: keyof FactsValues) => sql.placeholder(name);
const at = (name: keyof FactsValues) => sql`${value(name)}::timestamptz`;
const current = sql.raw(CURRENT_STATUSES.map((status) => `'${status}'`).join(", "));

/** The facts of a kind of level as one statement with one row: each fact a JSON array. */
function factsSql(kind: Kind): SQL {
  const reach: ReachOf<ReturnType<typeof sql.placeholder>> =
    kind === "district"
      ? { kind }
      : kind === "school"
        ? { kind, schoolId: value("reachId") }
        : kind === "team"
          ? { kind, teamId: value("reachId") }
          : { kind, personId: value("reachId") };
  const teachers = teachersInReach(reach);
  const teams = teamsInReach(reach);
  const wholeDistrict = kind === "district";
  const year = { yearStart: sql`${value("yearStart")}::date`, nextYear: at("nextYear") };
  return sql`select
    -- In program order, then position: positions count inside a program.
    (select coalesce(json_agg(json_build_object('id', ${stage.id}, 'position', ${stage.position},
        'title', ${stage.title}, 'programId', ${stage.programId}, 'programTitle', ${program.title})
        order by ${program.position}, ${stage.position}), '[]'::json)
      from ${stage}
      join ${program} on ${program.districtId} = ${stage.districtId} and ${program.id} = ${stage.programId}
    ) as stages,
    -- Sorted in a subquery, not inside the aggregate: a district's 20,000 enrolments spilled
    -- the aggregate's own sort to disk.
    (select coalesce(json_agg(sorted), '[]'::json) from (
      select ${enrolment.personId} as "personId", ${cohort.stageId} as "stageId",
        ${enrolment.workshopAttended} as "workshopAttended",
        ${enrolment.confirmedAt} is not null as confirmed,
        ${stage.meetingsRequired} as "meetingsRequired",
        ${stage.requiresConfirmation} as "requiresConfirmation",
        coalesce(per_stage.total, 0) as "sessionsTotal",
        ${enrolmentProgressSummary.sessionsCompleted} as "sessionsCompleted",
        ${enrolmentProgressSummary.meetingsAttended} as "meetingsAttended",
        ${enrolmentProgressSummary.hasCompletedActionStep} as "hasCompletedActionStep"
      from ${enrolment}
      join ${cohort} on ${cohort.districtId} = ${enrolment.districtId} and ${cohort.id} = ${enrolment.cohortId}
      join ${stage} on ${stage.districtId} = ${cohort.districtId} and ${stage.id} = ${cohort.stageId}
      join ${enrolmentProgressSummary}
        on ${enrolmentProgressSummary.districtId} = ${enrolment.districtId}
        and ${enrolmentProgressSummary.enrolmentId} = ${enrolment.id}
      left join (select ${micropdSession.stageId} as stage_id, count(*)::int as total
        from ${micropdSession} group by ${micropdSession.stageId}) per_stage
        on per_stage.stage_id = ${cohort.stageId}
      where ${enrolment.personId} in (${teachers}) and ${enrolment.status} in (${current})
      order by ${stage.position}, ${cohort.name}
    ) sorted    ) as enrolments,
    ${jsonRowsSql(sessionSummariesSql({ teachers, ...year, to: at("to"), paceFrom: at("paceFrom"), wholeDistrict }))} as sessions,
    ${jsonRowsSql(sql`select ${actionPlan.personId} as "personId", count(*)::int as total,
        -- Evidence is words, a link or a file; blank text does not count.
        (count(*) filter (where ${actionStep.status} = 'done' and (
          btrim(coalesce(${actionStep.evidenceUrl}, '')) <> ''
          or btrim(coalesce(${actionStep.evidenceText}, '')) <> ''
          or exists (select 1 from ${evidenceFile}
            where ${evidenceFile.districtId} = ${actionStep.districtId}
              and ${evidenceFile.stepId} = ${actionStep.id}))))::int as "doneWithEvidence"
      from ${actionStep}
      join ${actionPlan} on ${actionPlan.districtId} = ${actionStep.districtId}
        and ${actionPlan.id} = ${actionStep.planId}
      where ${actionPlan.personId} in (${teachers})
      group by ${actionPlan.personId}`)} as steps,
    ${jsonRowsSql(sql`select ${enrolment.personId} as "personId",
        sum(${cohort.workshopMinutes})::int as minutes
      from ${enrolment}
      join ${cohort} on ${cohort.districtId} = ${enrolment.districtId} and ${cohort.id} = ${enrolment.cohortId}
      where ${enrolment.personId} in (${teachers}) and ${enrolment.workshopAttended}
        and ${cohort.schoolYear} = ${value("schoolYear")}
      group by ${enrolment.personId}`)} as workshops,
    ${jsonRowsSql(meetingMinutesSql({ teachers, ...year, to: at("to") }))} as meetings,
    ${jsonRowsSql(sql`select ${externalPdRequest.personId} as "personId",
        round(sum(${externalPdRequest.hours}) * 60)::int as minutes
      from ${externalPdRequest}
      where ${externalPdRequest.personId} in (${teachers}) and ${externalPdRequest.status} = 'approved'
        and ${externalPdRequest.endOn} >= ${year.yearStart} and ${externalPdRequest.endOn} <= ${at("to")}::date
      group by ${externalPdRequest.personId}`)} as external,
    ${jsonRowsSql(sql`select ${supportMeeting.teamId} as "teamId",
        (count(*) filter (where ${supportMeeting.status} = 'closed'))::int as held,
        count(*)::int as scheduled
      from ${supportMeeting}
      where ${supportMeeting.teamId} in (${teams}) and ${supportMeeting.status} <> 'cancelled'
        and ${supportMeeting.startsAt} >= ${at("from")} and ${supportMeeting.startsAt} <= ${at("to")}
      group by ${supportMeeting.teamId}`)} as team_meetings,
    ${jsonRowsSql(sql`select ${collaborationBlock.teamId} as "teamId",
        sum(${collaborationBlock.endMinute} - ${collaborationBlock.startMinute})::int as "weeklyMinutes"
      from ${collaborationBlock} where ${collaborationBlock.teamId} in (${teams})
      group by ${collaborationBlock.teamId}`)} as team_blocks,
    ${blockUseFactsSql({ teams, from: at("from"), to: at("to"), wholeDistrict })} as block_use,
    ${
      // Only a team's rows and a teacher's own level count the meetings a teacher attended; the
      // school and district levels count their teams' meetings held.
      kind === "team" || kind === "teacher"
        ? jsonRowsSql(teacherMeetingsSql({ teachers, from: at("from"), to: at("to") }))
        : sql`'[]'::json`
    } as teacher_meetings,
    ${jsonRowsSql(sql`select ${awardedBadge.personId} as "personId",
        ${awardedBadge.credentialId} as "credentialId", ${credentialVersion.name} as "credentialName"
      from ${awardedBadge}
      join ${credentialVersion} on ${credentialVersion.districtId} = ${awardedBadge.districtId}
        and ${credentialVersion.id} = ${awardedBadge.versionId}
      where ${awardedBadge.personId} in (${teachers}) and ${awardedBadge.revokedAt} is null`)} as badges`;
}

/** For the rest of the transaction only: gone at its end, so the connection is not changed. */
const GENERIC_PLAN = sql.raw("set local plan_cache_mode = force_generic_plan");

/** Built once per kind of level and process: its text is the same for every level of a kind. */
const built = new Map<Kind, Query>();
/** As the databases are opened (`client.ts`): snake_case columns. */
const dialect = new PgDialect({ casing: "snake_case" });

function factsQuery(kind: Kind): Query {
  let query = built.get(kind);
  if (!query) {
    query = dialect.sqlToQuery(factsSql(kind));
    built.set(kind, query);
  }
  return query;
}

interface EnrolmentRow {
  personId: string;
  stageId: string;
  workshopAttended: boolean;
  confirmed: boolean;
  meetingsRequired: number;
  requiresConfirmation: boolean;
  sessionsTotal: number;
  sessionsCompleted: number;
  meetingsAttended: number;
  hasCompletedActionStep: boolean;
}

interface FactsRow {
  stages: unknown;
  enrolments: unknown;
  sessions: unknown;
  steps: unknown;
  workshops: unknown;
  meetings: unknown;
  external: unknown;
  team_meetings: unknown;
  team_blocks: unknown;
  block_use: unknown;
  teacher_meetings: unknown;
  badges: unknown;
}

/**
 * Every fact of one dashboard level in one statement: its text built once per kind of level and
 * prepared (`tenant-transaction.ts`), the level's id and window its parameters. Eleven statements
 * built by drizzle and decoded row by row cost node more processor time than PostgreSQL spent
 * running them.
 */
export async function runFactsStatement(
  tx: Transaction,
  kind: Kind,
  values: FactsValues,
): Promise<DashboardFacts> {
  const query = factsQuery(kind);
  // Planned for its values, this statement costs PostgreSQL about 11 ms of planning on every run
  // (it is one big statement under row security), twice what running it costs; a school's, a
  // team's or a teacher's plan is the same for every level of its kind (each part is read by
  // its teachers or teams through their indexes), so the transaction keeps the generic plan
  // its connection made once. The district's stays planned per run: its pace window is read
  // by completion time, which only the actual dates make a good plan for.
  if (kind !== "district") await tx.execute(GENERIC_PLAN);
  const result: unknown = await tx._.session
    .prepareQuery(query, undefined, `dashboard_facts_${kind}`, false)
    .execute({ ...values });
  const [row] = rowsOfResult<FactsRow>(result);
  if (!row) throw new Error("The facts statement answers one row.");
  return {
    stages: jsonValue(row.stages),
    enrolments: jsonValue<EnrolmentRow[]>(row.enrolments).map((enrolment) => ({
      personId: enrolment.personId,
      stageId: enrolment.stageId,
      workshopAttended: enrolment.workshopAttended,
      sessionsTotal: enrolment.sessionsTotal,
      sessionsCompleted: enrolment.sessionsCompleted,
      status: stageStatus({
        workshopAttended: enrolment.workshopAttended,
        sessionsTotal: enrolment.sessionsTotal,
        sessionsCompleted: enrolment.sessionsCompleted,
        meetingsRequired: enrolment.meetingsRequired,
        meetingsAttended: enrolment.meetingsAttended,
        hasCompletedActionStep: enrolment.hasCompletedActionStep,
        requiresConfirmation: enrolment.requiresConfirmation,
        confirmed: enrolment.confirmed,
      }),
    })),
    sessionSummaries: jsonValue<SessionSummaryRow[]>(row.sessions).map(sessionSummaryOf),
    steps: jsonValue(row.steps),
    workshopMinutes: jsonValue(row.workshops),
    meetingMinutes: jsonValue(row.meetings),
    externalMinutes: jsonValue(row.external),
    teamMeetings: jsonValue(row.team_meetings),
    teamBlocks: jsonValue(row.team_blocks),
    teamBlockUse: teamBlockUseOf(jsonValue<BlockUseFacts>(row.block_use)),
    teacherMeetings: jsonValue(row.teacher_meetings),
    badges: jsonValue(row.badges),
  };
}
