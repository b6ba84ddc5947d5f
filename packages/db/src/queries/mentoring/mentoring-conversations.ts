import type {
  EditConversationInput,
  LogConversationInput,
  MentoringConversationView,
} from "@throughline/domain/mentoring";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { mentorAssignment, mentoringConversation, person } from "../../schema/index.ts";
import { mentoringRelationSql } from "./mentoring-relation.ts";

/*
 * The mentoring log, read only through `visibleConversations`: the domain's `mentoringAccess`
 * spelled in SQL (tested against it viewer by viewer in mentoring-visibility.test.ts). Notes a
 * viewer may not read come back null from the database, so no page built on it can leak them.
 */

/** The longest log one page answers with. */
const LOG_LIMIT = 200;

const mentorPerson = alias(person, "conversation_mentor");

/** Every conversation with the viewer's access to its shared and private notes. */
export function visibleConversations(tx: Transaction, viewerId: string) {
  const related = tx
    .select({
      id: mentoringConversation.id,
      assignmentId: mentoringConversation.assignmentId,
      heldOn: mentoringConversation.heldOn,
      topic: mentoringConversation.topic,
      sharedNotes: mentoringConversation.sharedNotes,
      nextSteps: mentoringConversation.nextSteps,
      privateNotes: mentoringConversation.privateNotes,
      createdAt: mentoringConversation.createdAt,
      mentorId: mentorAssignment.mentorId,
      menteeId: mentorAssignment.menteeId,
      relation: mentoringRelationSql(viewerId, {
        mentorId: mentorAssignment.mentorId,
        menteeId: mentorAssignment.menteeId,
      }).as("relation"),
    })
    .from(mentoringConversation)
    .innerJoin(
      mentorAssignment,
      and(
        eq(mentorAssignment.districtId, mentoringConversation.districtId),
        eq(mentorAssignment.id, mentoringConversation.assignmentId),
      ),
    )
    .as("related_conversation");
  // mentoringAccess: the log by the coaching rule, private notes for the mentor alone.
  const logAccess = sql<string>`case
    when ${related.relation} in ('mentor', 'mentee') then 'content'
    when ${related.relation} = 'leader' then 'facts'
    else 'none' end`;
  const graded = tx
    .select({
      id: related.id,
      assignmentId: related.assignmentId,
      heldOn: related.heldOn,
      topic: related.topic,
      createdAt: related.createdAt,
      mentorId: related.mentorId,
      menteeId: related.menteeId,
      relation: related.relation,
      access: logAccess.as("access"),
      sharedNotes: sql<
        string | null
      >`case when ${logAccess} = 'content' then ${related.sharedNotes} end`.as("shared_notes"),
      nextSteps: sql<
        string | null
      >`case when ${logAccess} = 'content' then ${related.nextSteps} end`.as("next_steps"),
      privateNotes: sql<
        string | null
      >`case when ${related.relation} = 'mentor' then ${related.privateNotes} end`.as(
        "private_notes",
      ),
    })
    .from(related)
    .as("graded_conversation");
  return tx.select().from(graded).where(sql`${graded.access} <> 'none'`).as("visible_conversation");
}

/** A mentee's conversations the viewer may know of, newest first, across all their mentors. */
export async function conversationsOfMentee(
  tx: Transaction,
  params: { viewerId: string; menteeId: string },
): Promise<MentoringConversationView[]> {
  const visible = visibleConversations(tx, params.viewerId);
  return tx
    .select({
      id: visible.id,
      heldOn: visible.heldOn,
      topic: visible.topic,
      mentor: { id: mentorPerson.id, displayName: mentorPerson.displayName },
      sharedNotes: visible.sharedNotes,
      nextSteps: visible.nextSteps,
      privateNotes: visible.privateNotes,
    })
    .from(visible)
    .innerJoin(mentorPerson, eq(mentorPerson.id, visible.mentorId))
    .where(eq(visible.menteeId, params.menteeId))
    .orderBy(desc(visible.heldOn), desc(visible.createdAt))
    .limit(LOG_LIMIT);
}

type ConversationFields = Omit<LogConversationInput, "menteeId">;

function columnsOf(input: ConversationFields) {
  return {
    heldOn: input.heldOn,
    topic: input.topic,
    sharedNotes: input.sharedNotes,
    privateNotes: input.privateNotes,
    nextSteps: input.nextSteps,
  };
}

export async function insertConversation(
  tx: Transaction,
  params: { districtId: string; assignmentId: string; input: ConversationFields },
): Promise<string> {
  const [created] = await tx
    .insert(mentoringConversation)
    .values({
      districtId: params.districtId,
      assignmentId: params.assignmentId,
      ...columnsOf(params.input),
    })
    .returning({ id: mentoringConversation.id });
  if (!created) throw new Error("The conversation was not recorded.");
  return created.id;
}

export async function updateConversation(
  tx: Transaction,
  input: EditConversationInput,
): Promise<void> {
  await tx
    .update(mentoringConversation)
    .set(columnsOf(input))
    .where(eq(mentoringConversation.id, input.conversationId));
}

/** The assignment a conversation belongs to, for the mentor check before an edit. */
export async function assignmentOfConversation(
  tx: Transaction,
  conversationId: string,
): Promise<{
  assignmentId: string;
  mentorId: string;
  menteeId: string;
  startedOn: string;
  endedOn: string | null;
} | null> {
  const [row] = await tx
    .select({
      assignmentId: mentorAssignment.id,
      mentorId: mentorAssignment.mentorId,
      menteeId: mentorAssignment.menteeId,
      startedOn: mentorAssignment.startedOn,
      endedOn: mentorAssignment.endedOn,
    })
    .from(mentoringConversation)
    .innerJoin(
      mentorAssignment,
      and(
        eq(mentorAssignment.districtId, mentoringConversation.districtId),
        eq(mentorAssignment.id, mentoringConversation.assignmentId),
      ),
    )
    .where(eq(mentoringConversation.id, conversationId))
    .limit(1);
  return row ?? null;
}
