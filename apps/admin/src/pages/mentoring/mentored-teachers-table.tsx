import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { formatLocalDay } from "@throughline/domain/local-time";
import type { MentoredTeacherRow } from "@throughline/domain/mentoring";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";

/**
 * The school's mentored teachers: mentor, since when, checklist progress, and ending it; a list
 * whose rows wrap, so a phone shows every part without scrolling sideways.
 */
export function MentoredTeachersTable({
  rows,
  today,
}: {
  rows: MentoredTeacherRow[];
  today: string;
}) {
  const queryClient = useQueryClient();
  const end = useMutation(
    trpc.mentoring.end.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.pathKey() }),
    }),
  );
  if (rows.length === 0) {
    return <p className="text-muted-foreground">No teacher of this school has a mentor yet.</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col divide-y divide-border">
        {rows.map(({ assignment, checklist }) => (
          <li
            key={assignment.id}
            className="flex flex-wrap items-center gap-x-6 gap-y-2 py-3 first:pt-0 last:pb-0"
          >
            <div className="flex min-w-48 flex-1 flex-col">
              <span className="font-semibold">{assignment.mentee.displayName}</span>
              <span className="text-sm text-muted-foreground">
                Mentor: {assignment.mentor.displayName} · since{" "}
                {formatLocalDay(assignment.startedOn)}
              </span>
            </div>
            <div className="flex items-center gap-2 text-sm">
              <progress
                className="h-2 w-24 accent-primary"
                value={checklist.done}
                max={Math.max(checklist.total, 1)}
                aria-label={`Checklist of ${assignment.mentee.displayName}`}
              />
              <span>
                {checklist.done} of {checklist.total}
              </span>
            </div>
            <Button
              variant="secondary"
              disabled={end.isPending}
              onClick={() => end.mutate({ assignmentId: assignment.id, endedOn: today })}
            >
              End mentoring
              <span className="sr-only"> of {assignment.mentee.displayName}</span>
            </Button>
          </li>
        ))}
      </ul>
      {end.error ? <Alert variant="error">{end.error.message}</Alert> : null}
    </div>
  );
}
