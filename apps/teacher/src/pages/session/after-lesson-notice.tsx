import { Alert } from "@throughline/ui/alert";
import { formatDate } from "@throughline/ui/format";
import { Link } from "react-router";
import type { SessionView } from "./types.ts";

/**
 * A session that asks about a lesson not taught yet says so: before completing, that the
 * question comes back after the lesson; once completed, where to write it (or that it is done).
 */
export function AfterLessonNotice({ view }: { view: SessionView }) {
  const prompts = view.session.afterLessonPrompts;
  if (prompts.length === 0) return null;
  const { completedAt, afterLessonCompletedAt } = view.progress;
  const path = `/sessions/${view.session.id}/after-lesson`;
  if (!completedAt) {
    return (
      <Alert className="mb-6" title="Part of this reflection comes after the lesson">
        <p>
          Complete the session with your plan. After you teach the lesson you will be asked: “
          {prompts.join(" ")}” It comes back as a step on your action plan and a reminder.
        </p>
      </Alert>
    );
  }
  if (afterLessonCompletedAt) {
    return (
      <Alert variant="success" className="mb-6" title="Reflection after the lesson written">
        <p>
          Written on {formatDate(afterLessonCompletedAt)}.{" "}
          <Link to={path} className="font-medium text-primary underline">
            Read or edit it
          </Link>
        </p>
      </Alert>
    );
  }
  return (
    <Alert variant="warning" className="mb-6" title="After the lesson: still to write">
      <p>
        {prompts.join(" ")}{" "}
        <Link to={path} className="font-medium text-primary underline">
          Write your reflection after the lesson
        </Link>
      </p>
    </Alert>
  );
}
