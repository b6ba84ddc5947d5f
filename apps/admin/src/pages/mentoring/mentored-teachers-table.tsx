import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { formatLocalDay } from "@throughline/domain/local-time";
import type { MentoredTeacherRow } from "@throughline/domain/mentoring";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";

/** The school's mentored teachers: mentor, since when, checklist progress, and ending it. */
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
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">New teachers, their mentors and checklist progress</caption>
          <thead className="border-b border-border text-muted-foreground">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                New teacher
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Mentor
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Since
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Checklist
              </th>
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {rows.map(({ assignment, checklist }) => (
              <tr key={assignment.id}>
                <th scope="row" className="py-3 pr-4 font-medium">
                  {assignment.mentee.displayName}
                </th>
                <td className="py-3 pr-4">{assignment.mentor.displayName}</td>
                <td className="py-3 pr-4">{formatLocalDay(assignment.startedOn)}</td>
                <td className="py-3 pr-4">
                  <progress
                    className="mr-2 h-2 w-24 align-middle accent-primary"
                    value={checklist.done}
                    max={Math.max(checklist.total, 1)}
                    aria-label={`Checklist of ${assignment.mentee.displayName}`}
                  />
                  {checklist.done} of {checklist.total}
                </td>
                <td className="py-3 text-right">
                  <Button
                    variant="secondary"
                    disabled={end.isPending}
                    onClick={() => end.mutate({ assignmentId: assignment.id, endedOn: today })}
                  >
                    End mentoring
                    <span className="sr-only"> of {assignment.mentee.displayName}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {end.error ? <Alert variant="error">{end.error.message}</Alert> : null}
    </div>
  );
}
