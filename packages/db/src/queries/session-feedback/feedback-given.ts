import type { FeedbackItemKind } from "@throughline/domain/session-feedback";
import { type AnyColumn, notExists, type Placeholder, type SQL, sql } from "drizzle-orm";
import {
  cohort,
  enrolment,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  sessionFeedback,
  stage,
  supportMeeting,
} from "../../schema/index.ts";
import { meetingHeldAt } from "../sql/meeting-held-at.ts";

/*
 * What the pulse and the home's list (both in `finished-items.ts`) read of a
 * finished item: its kind as a value of the enum, what it is and when it finished, and whether
 * the teacher already gave feedback.
 */

/** The item kind as a literal of the enum, written into the text (a fixed value, never bound). */
function kindLiteral(kind: FeedbackItemKind): SQL<FeedbackItemKind> {
  return sql<FeedbackItemKind>`${sql.raw(`'${kind}'`)}::feedback_item_kind`;
}

/**
 * No feedback row (answered or skipped) of the teacher on this item, looked up by
 * `session_feedback_item_person_key`. `row` is the item's row, for its district.
 */
export function noFeedback(
  kind: FeedbackItemKind,
  row: { districtId: AnyColumn },
  itemId: AnyColumn,
  personId: AnyColumn | Placeholder,
): SQL {
  return notExists(
    sql`(select 1 from ${sessionFeedback} where ${sessionFeedback.districtId} = ${row.districtId} and ${sessionFeedback.itemKind} = ${kindLiteral(kind)} and ${sessionFeedback.itemId} = ${itemId} and ${sessionFeedback.personId} = ${personId})`,
  );
}

/**
 * A finished item of each kind as both lists show it: kind, id, title and when it finished.
 * Needs the kind's rows joined as `finished-pd.ts` describes (the session, the cohort's stage,
 * the meeting). New expressions each call, as `mapWith` changes the ones it is given.
 */
export function finishedItemColumns() {
  return {
    micropd_session: {
      itemKind: kindLiteral("micropd_session"),
      itemId: micropdProgress.sessionId,
      title: micropdSession.title,
      finishedAt: sql<Date>`${micropdProgress.completedAt}`.mapWith(micropdProgress.completedAt),
    },
    workshop: {
      itemKind: kindLiteral("workshop"),
      itemId: enrolment.cohortId,
      title: sql<string>`'Workshop: ' || ${stage.title}`,
      // A workshop with no date set is dated by when the attendance was recorded.
      finishedAt: sql<Date>`coalesce(${cohort.workshopStartsAt}, ${enrolment.updatedAt})`.mapWith(
        cohort.workshopStartsAt,
      ),
    },
    support_meeting: {
      itemKind: kindLiteral("support_meeting"),
      itemId: meetingAttendance.meetingId,
      title: supportMeeting.title,
      finishedAt: meetingHeldAt().mapWith(supportMeeting.startsAt),
    },
  } satisfies Record<FeedbackItemKind, Record<string, unknown>>;
}
