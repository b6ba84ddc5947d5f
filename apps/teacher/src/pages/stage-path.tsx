import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { StageStepper, type StepperStage, type StepState } from "@throughline/ui/stage-stepper";
import { Link } from "react-router";
import type { Enrolment, Stage } from "../lib/types.ts";

/**
 * Where each stage stands for this teacher. A stage they are enrolled in is current until its
 * status is complete; stages before the earliest current one, with no enrolment, are shown as
 * earlier stages, not as completed: nothing records that they were.
 */
function stepperStages(stages: readonly Stage[], enrolments: readonly Enrolment[]): StepperStage[] {
  const isCurrent = (enrolment: Enrolment) => enrolment.status !== "complete";
  const current = new Set(enrolments.filter(isCurrent).map((e) => e.stage.id));
  const done = new Set(enrolments.filter((e) => !isCurrent(e)).map((e) => e.stage.id));
  const currentPositions = enrolments.filter(isCurrent).map((e) => e.stage.position);
  const donePositions = enrolments.filter((e) => !isCurrent(e)).map((e) => e.stage.position);
  const reached =
    currentPositions.length > 0 ? Math.min(...currentPositions) : Math.max(0, ...donePositions) + 1;

  return stages.map((stage) => {
    const state: StepState = current.has(stage.id)
      ? "current"
      : done.has(stage.id)
        ? "done"
        : stage.position < reached
          ? "earlier"
          : "upcoming";
    return { id: stage.id, position: stage.position, title: stage.title, state };
  });
}

function summary(stages: readonly Stage[], enrolments: readonly Enrolment[]): string {
  const current = enrolments.filter((enrolment) => enrolment.status !== "complete");
  if (current.length > 0) {
    const names = current.map((e) => `Stage ${e.stage.position}: ${e.stage.title}`).join(", and ");
    return `You are working on ${names}. The framework has ${stages.length} stages.`;
  }
  if (enrolments.length > 0) {
    return "You have completed every stage you are enrolled in.";
  }
  return "You are not enrolled in a stage yet. When your school enrols you, your path starts here.";
}

export function StagePath({
  stages,
  enrolments,
}: {
  stages: readonly Stage[];
  enrolments: readonly Enrolment[];
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle id="path-heading">Your path</CardTitle>
        <CardDescription>{summary(stages, enrolments)}</CardDescription>
      </CardHeader>
      <CardContent>
        <StageStepper label="Stages of your path" stages={stepperStages(stages, enrolments)} />
        <ul aria-label="Open a stage" className="mt-5 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {stages.map((stage) => (
            <li key={stage.id}>
              <Link
                to={`/stages/${stage.id}`}
                aria-label={`Stage ${stage.position} details: ${stage.title}`}
                className="font-medium text-primary underline"
              >
                Stage {stage.position} details
              </Link>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
