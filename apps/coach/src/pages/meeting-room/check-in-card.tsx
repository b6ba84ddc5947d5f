import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { CheckInRow, CheckInStatus } from "@throughline/domain/meeting-room";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { FormAlert } from "@throughline/ui/form-alert";
import { formatDay, formatMoment } from "@throughline/ui/format";
import { Input } from "@throughline/ui/input";
import { Label } from "@throughline/ui/label";
import { ListChecks } from "lucide-react";
import { useId, useState } from "react";
import { useRefreshRoom } from "./use-room.ts";

const answers: { value: CheckInStatus; label: string }[] = [
  { value: "done", label: "Done" },
  { value: "in_progress", label: "In progress" },
  { value: "stuck", label: "Stuck" },
];

function CheckInItem({ meetingId, row }: { meetingId: string; row: CheckInRow }) {
  const id = useId();
  const refresh = useRefreshRoom(meetingId);
  const [status, setStatus] = useState<CheckInStatus | null>(row.checkIn?.status ?? null);
  const [note, setNote] = useState(row.checkIn?.note ?? "");
  const save = useMutation(trpc.meetingRoom.checkIn.mutationOptions({ onSuccess: refresh }));
  return (
    <li className="flex flex-col gap-3 border-b border-border pb-4 last:border-0">
      <div>
        <p className="font-medium">
          {row.personName}: {row.description}
        </p>
        <p className="text-sm text-muted-foreground">
          From {row.fromMeetingTitle}, {formatMoment(row.fromMeetingStartsAt)}
          {row.dueOn ? ` · due ${formatDay(row.dueOn)}` : ""}
        </p>
      </div>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (status) save.mutate({ meetingId, actionStepId: row.actionStepId, status, note });
        }}
      >
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="sr-only">
            How is “{row.description}” going for {row.personName}?
          </legend>
          {answers.map((answer) => (
            <label key={answer.value} className="inline-flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-status`}
                value={answer.value}
                checked={status === answer.value}
                onChange={() => setStatus(answer.value)}
                className="size-4 accent-primary"
              />
              {answer.label}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-note`}>Note (optional)</Label>
          <Input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" size="sm" disabled={!status || save.isPending}>
            {save.isPending ? "Saving…" : "Save check-in"}
            <span className="sr-only"> for {row.personName}</span>
          </Button>
          <p aria-live="polite" className="text-sm text-muted-foreground">
            {row.checkIn
              ? `Answered: ${answers.find((a) => a.value === row.checkIn?.status)?.label}. The step on the plan says the same.`
              : ""}
          </p>
        </div>
        <FormAlert message={save.error?.message} />
      </form>
    </li>
  );
}

/** "How did it go?" on every open commitment from the team's earlier meetings. */
export function CheckInCard({ meetingId, rows }: { meetingId: string; rows: CheckInRow[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Check-in on earlier commitments</CardTitle>
        <CardDescription>
          Each answer becomes the step's status on the teacher's action plan. A step marked done
          still needs the teacher's evidence and reflection to count toward the stage.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <EmptyState title="Nothing open" headingLevel={3} icon={ListChecks}>
            <p>No open commitments from earlier meetings.</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {rows.map((row) => (
              <CheckInItem key={row.actionStepId} meetingId={meetingId} row={row} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
