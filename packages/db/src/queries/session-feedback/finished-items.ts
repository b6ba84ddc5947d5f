import type { FeedbackItemKind, PendingFeedback } from "@throughline/domain/session-feedback";
import { type AnyColumn, and, eq, type SQL, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  stage,
  supportMeeting,
} from "../../schema/index.ts";
import {
  attendedWorkshopOf,
  completedSessionOf,
  presentAtClosedMeeting,
} from "../sql/finished-pd.ts";
import {
  cohortOfEnrolment,
  meetingOfAttendance,
  sessionOfProgress,
  stageOfCohort,
} from "../sql/same-district-joins.ts";
import { finishedItemColumns, noFeedback } from "./feedback-given.ts";

/*
 * The items a teacher has finished and so may be asked about: a MicroPD session they completed,
 * a workshop they attended, a support meeting that was held and they were present at. One
 * select per kind, each with the moment it finished and a title, so the pulse's right to ask and
 * the home's "recent, unanswered" list are the same rule.
 */

interface Filter {
  personId: string;
  /** Only this item (the pulse on one item). */
  itemId?: string;
  /** Only items finished at or after this moment (the home's recent list). */
  since?: Date;
  /** Only items with no feedback row yet, answered or skipped. */
  unansweredOnly?: boolean;
}

/** `at >= since` for a computed moment (a column would encode the date itself). */
function atOrAfter(at: SQL<Date>, since: Date): SQL {
  return sql`${at} >= ${since.toISOString()}::timestamptz`;
}

/** The filter's conditions on one kind's rows: which item, finished since when, unanswered. */
function filtered(
  filter: Filter,
  kind: FeedbackItemKind,
  row: { districtId: AnyColumn; personId: AnyColumn },
  itemId: AnyColumn,
  finishedAt: SQL<Date>,
): (SQL | undefined)[] {
  return [
    filter.itemId ? eq(itemId, filter.itemId) : undefined,
    filter.since ? atOrAfter(finishedAt, filter.since) : undefined,
    filter.unansweredOnly ? noFeedback(kind, row, itemId, row.personId) : undefined,
  ];
}

function completedSessions(tx: Transaction, filter: Filter) {
  const item = finishedItemColumns().micropd_session;
  return tx
    .select(item)
    .from(micropdProgress)
    .innerJoin(micropdSession, sessionOfProgress)
    .where(
      and(
        ...completedSessionOf(filter.personId),
        ...filtered(filter, "micropd_session", micropdProgress, item.itemId, item.finishedAt),
      ),
    );
}

function attendedWorkshops(tx: Transaction, filter: Filter) {
  const item = finishedItemColumns().workshop;
  return tx
    .select(item)
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .where(
      and(
        ...attendedWorkshopOf(filter.personId),
        ...filtered(filter, "workshop", enrolment, item.itemId, item.finishedAt),
      ),
    );
}

function attendedMeetings(tx: Transaction, filter: Filter) {
  const item = finishedItemColumns().support_meeting;
  return tx
    .select(item)
    .from(meetingAttendance)
    .innerJoin(supportMeeting, meetingOfAttendance)
    .where(
      and(
        ...presentAtClosedMeeting(filter.personId),
        ...filtered(filter, "support_meeting", meetingAttendance, item.itemId, item.finishedAt),
      ),
    );
}

const byKind = {
  micropd_session: completedSessions,
  workshop: attendedWorkshops,
  support_meeting: attendedMeetings,
} satisfies Record<FeedbackItemKind, (tx: Transaction, filter: Filter) => unknown>;

/** The item if this teacher finished it (and so may give feedback on it), else null. */
export async function findFinishedItem(
  tx: Transaction,
  params: { personId: string; itemKind: FeedbackItemKind; itemId: string },
): Promise<PendingFeedback | null> {
  const [row] = await byKind[params.itemKind](tx, params).limit(1);
  return row ?? null;
}

/**
 * What the teacher finished since `since` and has neither answered nor skipped, newest first,
 * composed from the per-kind selects above: the definition the home's prepared statement
 * (`pendingFeedbackItems`) is held equal to by its test, and its baseline in the bench.
 */
export async function referencePendingItems(
  tx: Transaction,
  params: { personId: string; since: Date; limit: number },
): Promise<PendingFeedback[]> {
  const filter: Filter = { personId: params.personId, since: params.since, unansweredOnly: true };
  const rows = await unionAll(
    completedSessions(tx, filter),
    attendedWorkshops(tx, filter),
    attendedMeetings(tx, filter),
  )
    .orderBy(sql`4 desc`)
    .limit(params.limit);
  return rows.map((row) => ({ ...row, finishedAt: new Date(row.finishedAt) }));
}
