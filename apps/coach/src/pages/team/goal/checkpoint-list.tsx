import {
  formatMeasure,
  type TeamGoal,
  type TeamGoalCheckpoint,
} from "@throughline/domain/team-goal";
import { Button } from "@throughline/ui/button";
import { formatDay } from "@throughline/ui/format";
import { useState } from "react";
import { RecordCheckpointForm } from "./record-checkpoint-form.tsx";
import { WorkSampleList, WorkSampleUpload } from "./work-samples.tsx";

/** The classes behind a measure read from a file: counts only, never a student. */
function ClassResultsTable({
  checkpoint,
  unit,
}: {
  checkpoint: TeamGoalCheckpoint;
  unit: TeamGoal["unit"];
}) {
  const results = checkpoint.classResults;
  if (!results || results.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-primary underline">
        Results of {results.length} {results.length === 1 ? "class" : "classes"}
      </summary>
      <table className="mt-2 w-full max-w-md text-left">
        <caption className="sr-only">
          Results per class on {formatDay(checkpoint.plannedOn)}
        </caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3 font-medium">
              Class
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Students
            </th>
            <th scope="col" className="py-1 font-medium">
              {unit === "score" ? "Average score" : "Proficient"}
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((row) => (
            <tr key={row.className} className="border-b border-border last:border-0">
              <th scope="row" className="py-1 pr-3 font-normal">
                {row.className}
              </th>
              <td className="py-1 pr-3">{row.students}</td>
              <td className="py-1">{unit === "score" ? row.averageScore : row.proficient}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function CheckpointItem({
  teamId,
  goal,
  checkpoint,
  canEdit,
}: {
  teamId: string;
  goal: TeamGoal;
  checkpoint: TeamGoalCheckpoint;
  canEdit: boolean;
}) {
  const [recording, setRecording] = useState(false);
  const day = formatDay(checkpoint.plannedOn);
  return (
    <li className="flex flex-col gap-3 rounded-md border border-border p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-semibold">Checkpoint {day}</h4>
        <p className="text-sm">
          {checkpoint.measureValue === null ? (
            <span className="text-muted-foreground">Not recorded yet</span>
          ) : (
            <>
              <span className="font-semibold">
                {formatMeasure(goal.unit, checkpoint.measureValue)}
              </span>
              {checkpoint.recordedByName ? (
                <span className="text-muted-foreground">
                  {" "}
                  · recorded by {checkpoint.recordedByName}
                </span>
              ) : null}
            </>
          )}
        </p>
      </div>
      {checkpoint.note ? <p className="text-sm">{checkpoint.note}</p> : null}
      <ClassResultsTable checkpoint={checkpoint} unit={goal.unit} />
      <WorkSampleList samples={checkpoint.workSamples} />
      {canEdit && recording ? (
        <RecordCheckpointForm
          teamId={teamId}
          checkpointId={checkpoint.id}
          unit={goal.unit}
          onDone={() => setRecording(false)}
        />
      ) : null}
      {canEdit && !recording ? (
        <div className="flex flex-col gap-3">
          <Button
            variant="secondary"
            size="sm"
            className="self-start"
            onClick={() => setRecording(true)}
          >
            {checkpoint.measureValue === null ? "Record the measure" : "Record again"}
            <span className="sr-only"> for {day}</span>
          </Button>
          <WorkSampleUpload teamId={teamId} checkpointId={checkpoint.id} />
        </div>
      ) : null}
    </li>
  );
}

/** A goal's checkpoints in date order, each with its measure, class results and student work. */
export function CheckpointList({
  teamId,
  goal,
  canEdit,
}: {
  teamId: string;
  goal: TeamGoal;
  canEdit: boolean;
}) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Checkpoints">
      {goal.checkpoints.map((checkpoint) => (
        <CheckpointItem
          key={checkpoint.id}
          teamId={teamId}
          goal={goal}
          checkpoint={checkpoint}
          canEdit={canEdit}
        />
      ))}
    </ol>
  );
}
