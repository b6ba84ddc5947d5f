import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { actionStepStatusLabels } from "@throughline/domain/action-step-labels";
import { addDaysToDay } from "@throughline/domain/local-time";
import type { Commitment, MeetingMember } from "@throughline/domain/meeting-room";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormField } from "@throughline/ui/form-field";
import { districtDay, formatDay } from "@throughline/ui/format";
import { Label } from "@throughline/ui/label";
import { SelectField } from "@throughline/ui/select-field";
import { useId, useState } from "react";
import { useRefreshRoom } from "./use-room.ts";

/** The district's calendar day a week from today, as the date field wants it. */
function aWeekFromToday(): string {
  return addDaysToDay(districtDay(), 7);
}

/** The commitments made at this meeting, in a short list. */
export function CommitmentList({ commitments }: { commitments: readonly Commitment[] }) {
  if (commitments.length === 0) {
    return <p className="text-sm text-muted-foreground">No commitments yet.</p>;
  }
  return (
    <ul className="flex flex-col gap-2">
      {commitments.map((commitment) => (
        <li key={commitment.actionStepId} className="rounded-md border border-border p-3 text-sm">
          <p>
            <span className="font-semibold">{commitment.personName}</span> will{" "}
            {commitment.description}
          </p>
          <p className="text-muted-foreground">
            {commitment.dueOn ? `By ${formatDay(commitment.dueOn)} · ` : ""}
            {actionStepStatusLabels[commitment.status]}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** "Who will do what by when": each becomes a step on that teacher's action plan. */
export function CommitmentsCard({
  meetingId,
  members,
  commitments,
}: {
  meetingId: string;
  members: readonly MeetingMember[];
  commitments: readonly Commitment[];
}) {
  const id = useId();
  const refresh = useRefreshRoom(meetingId);
  const [personId, setPersonId] = useState("");
  const [description, setDescription] = useState("");
  const [dueOn, setDueOn] = useState(aWeekFromToday);
  const [teamGoalId, setTeamGoalId] = useState("");
  const goals = useQuery(trpc.teamGoals.forMeeting.queryOptions({ meetingId }));
  const add = useMutation(
    trpc.meetingRoom.addCommitment.mutationOptions({
      onSuccess: async (_added, variables) => {
        setDescription("");
        await refresh();
        // A commitment tied to the goal is counted on the goal panel.
        if (variables.teamGoalId) await goals.refetch();
      },
    }),
  );
  const fieldPaths = ["personId", "description", "dueOn", "teamGoalId"];
  const namesAField = add.error?.data?.fieldErrors?.some((e) => fieldPaths.includes(e.path));
  const whoError = fieldError(add.error, "personId");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Commitments</CardTitle>
        <CardDescription>
          Who will do what by when. Each one goes on that teacher's action plan and comes back at
          the team's next meeting.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ meetingId, personId, description, dueOn, teamGoalId: teamGoalId || null });
          }}
        >
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-who`}>Who</Label>
            <select
              id={`${id}-who`}
              value={personId}
              onChange={(event) => setPersonId(event.target.value)}
              aria-invalid={whoError ? true : undefined}
              aria-describedby={whoError ? `${id}-who-error` : undefined}
              className="min-h-11 rounded-md border border-input bg-surface px-3 text-base"
            >
              <option value="">Choose a member</option>
              {members.map((member) => (
                <option key={member.personId} value={member.personId}>
                  {member.displayName}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-who-error`} message={whoError} />
          </div>
          <FormField
            label="What"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={fieldError(add.error, "description")}
          />
          <FormField
            label="By when"
            type="date"
            value={dueOn}
            onChange={(event) => setDueOn(event.target.value)}
            error={fieldError(add.error, "dueOn")}
          />
          {goals.data && goals.data.length > 0 ? (
            <SelectField
              label="Toward the team goal (optional)"
              value={teamGoalId}
              onChange={(event) => setTeamGoalId(event.target.value)}
              error={fieldError(add.error, "teamGoalId")}
            >
              <option value="">Not tied to a goal</option>
              {goals.data.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.measure}
                </option>
              ))}
            </SelectField>
          ) : null}
          <FormAlert message={namesAField ? null : add.error?.message} />
          <Button type="submit" className="self-start" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add commitment"}
          </Button>
        </form>
        <section aria-labelledby={`${id}-made`} className="flex flex-col gap-2">
          <h3 id={`${id}-made`} className="text-sm font-semibold">
            Made at this meeting
          </h3>
          <CommitmentList commitments={commitments} />
        </section>
      </CardContent>
    </Card>
  );
}
