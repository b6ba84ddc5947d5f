import type { SaveSessionInput } from "@throughline/domain/framework-admin";

type SessionAsRead = Pick<
  SaveSessionInput,
  | "title"
  | "summary"
  | "estimatedMinutes"
  | "reflectionPrompts"
  | "afterLessonPrompts"
  | "indicatorIds"
  | "blocks"
> & { id: string; revision: number };

/**
 * The session editor's one save of a session as `frameworkAdmin.session` read it, unchanged:
 * tests spread it and change only what they are about.
 */
export function sessionSaveInput(session: SessionAsRead): SaveSessionInput {
  return {
    sessionId: session.id,
    title: session.title,
    summary: session.summary,
    estimatedMinutes: session.estimatedMinutes,
    reflectionPrompts: session.reflectionPrompts,
    afterLessonPrompts: session.afterLessonPrompts,
    indicatorIds: session.indicatorIds,
    blocks: session.blocks,
    baseRevision: session.revision,
  };
}
