import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";

/**
 * A place's open mentoring (the demo seeds one at the demo teacher's school, none elsewhere);
 * an id the place lacks is empty, and the matrix sends an id of no row instead.
 */
export interface MentoringMatrixRows {
  mentorAssignmentId: string;
  menteeId: string;
  mentoringConversationId: string;
  /** The first item of the checklist of the school's district. */
  checklistItemId: string;
}

/** The open assignment of a teacher of the school, its mentee and a conversation of it. */
export async function mentoringMatrixRows(
  db: Database,
  schoolId: string,
): Promise<MentoringMatrixRows> {
  const [row] = await rawRows<{ id: string; mentee_id: string; conversation_id: string | null }>(
    db,
    sql`select ma.id::text as id, ma.mentee_id::text as mentee_id,
          (select mc.id::text from mentoring_conversation mc
           where mc.district_id = ma.district_id and mc.assignment_id = ma.id
           order by mc.held_on limit 1) as conversation_id
        from mentor_assignment ma
        join role_membership rm on rm.district_id = ma.district_id and rm.person_id = ma.mentee_id
        where rm.role = 'teacher' and rm.school_id::text = ${schoolId} and ma.ended_on is null
        order by ma.started_on limit 1`,
  );
  const [item] = await rawRows<{ id: string }>(
    db,
    sql`select i.id::text as id from induction_checklist_item i
        join school s on s.district_id = i.district_id
        where s.id::text = ${schoolId} and i.retired_at is null
        order by i.position limit 1`,
  );
  return {
    checklistItemId: item?.id ?? "",
    mentorAssignmentId: row?.id ?? "",
    menteeId: row?.mentee_id ?? "",
    mentoringConversationId: row?.conversation_id ?? "",
  };
}

/**
 * The mentoring calls the matrix aims at the place's own assignment, mentee and conversation;
 * `none` stands for a row the place lacks.
 */
export function aimMentoring(
  path: string,
  ids: MentoringMatrixRows,
  none: string,
): Record<string, unknown> | null {
  const or = (id: string) => id || none;
  switch (path) {
    case "mentoring.end":
      return { assignmentId: or(ids.mentorAssignmentId) };
    case "mentoring.mentee":
    case "mentoring.logConversation":
    case "mentoring.tick":
      return { menteeId: or(ids.menteeId) };
    case "mentoring.editConversation":
      return { conversationId: or(ids.mentoringConversationId) };
    // The first item, which cannot move up and is in use: refused as a field error, unchanged.
    case "mentoring.moveChecklistItem":
      return { itemId: or(ids.checklistItemId), direction: "up" };
    case "mentoring.retireChecklistItem":
      return { itemId: or(ids.checklistItemId), retired: false };
    case "mentoring.editChecklistItem":
      return { itemId: or(ids.checklistItemId) };
    default:
      return null;
  }
}
