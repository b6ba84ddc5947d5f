/**
 * A demo session that asks about the lesson afterwards: the teacher wrote their plan when they
 * completed it, and what happened (the reflection the seed holds) once they had taught it.
 */
export function demoAfterLesson(
  plan: string | undefined,
  progress: { completedAt: Date | null; reflection: string | null },
) {
  if (!plan || !progress.completedAt || !progress.reflection) return {};
  return {
    reflection: plan,
    afterLessonReflection: progress.reflection,
    afterLessonCompletedAt: progress.completedAt,
  };
}
