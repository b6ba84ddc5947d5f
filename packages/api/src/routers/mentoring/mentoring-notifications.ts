import type { Transaction } from "@throughline/db/client";
import { notify } from "@throughline/db/queries/notifications/notify";
import type { MentorAssignmentView } from "@throughline/domain/mentoring";

/**
 * A logged conversation tells the mentee, who reads its shared notes; nobody else is told
 * (mentoring, like coaching, stays between the two).
 */
export async function notifyConversationLogged(
  actor: { tx: Transaction; districtId: string },
  logged: { assignment: MentorAssignmentView; topic: string; conversationId: string },
): Promise<void> {
  await notify(actor.tx, actor.districtId, {
    recipientIds: [logged.assignment.mentee.id],
    kind: "mentoring_logged",
    title: `${logged.assignment.mentor.displayName} logged your mentoring conversation`,
    body: `“${logged.topic}”: read the notes and next steps.`,
    link: { app: "teacher", path: "/mentoring" },
    subjectId: logged.conversationId,
  });
}
