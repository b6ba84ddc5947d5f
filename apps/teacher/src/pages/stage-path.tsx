import { Badge } from "@throughline/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { StageStepper, type StepperStage, type StepState } from "@throughline/ui/stage-stepper";
import { Link } from "react-router";
import type { Enrolment, Stage, TeacherProgram } from "../lib/types.ts";

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

/** One program's line, in words: where the teacher is in it. */
function summary(program: TeacherProgram, enrolments: readonly Enrolment[]): string {
  const current = enrolments.filter((enrolment) => enrolment.status !== "complete");
  const size = `${program.stages.length} ${program.stages.length === 1 ? "stage" : "stages"}`;
  if (current.length > 0) {
    const names = current.map((e) => `Stage ${e.stage.position}: ${e.stage.title}`).join(", and ");
    return `You are working on ${names}. ${program.title} has ${size}.`;
  }
  if (enrolments.length > 0)
    return `You have completed every stage of ${program.title} you are in.`;
  return `You are not in a stage of ${program.title} yet. When your school enrols you, it starts here.`;
}

/** One program's path: its stages as a stepper, whether it is required, and a link to each stage. */
function ProgramPath({
  program,
  enrolments,
}: {
  program: TeacherProgram;
  enrolments: readonly Enrolment[];
}) {
  const ids = new Set(program.stages.map((stage) => stage.id));
  const own = enrolments.filter((enrolment) => ids.has(enrolment.stage.id));
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle level={3}>{program.title}</CardTitle>
          {program.required ? (
            <Badge variant="primary">Required for you</Badge>
          ) : (
            <Badge>Optional</Badge>
          )}
        </div>
        <CardDescription>{summary(program, own)}</CardDescription>
      </CardHeader>
      <CardContent>
        <StageStepper
          label={`Stages of ${program.title}`}
          stages={stepperStages(program.stages, own)}
        />
        <ul
          aria-label={`Open a stage of ${program.title}`}
          className="mt-5 flex flex-wrap gap-x-6 gap-y-2 text-sm"
        >
          {program.stages.map((stage) => (
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

/**
 * The teacher's path: one line of stages per program they are in or must take, in the
 * district's order. With none, the sentence that says where the path will start.
 */
export function StagePath({
  programs,
  enrolments,
}: {
  programs: readonly TeacherProgram[];
  enrolments: readonly Enrolment[];
}) {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="path-heading" className="text-xl font-semibold text-foreground">
          Your path
        </h2>
        <p className="text-sm text-muted-foreground">
          {programs.length === 0
            ? "You are not enrolled in a stage yet. When your school enrols you, your path starts here."
            : programs.length === 1
              ? "The stages of the program you work through."
              : `You work through ${programs.length} programs side by side, each with its own stages.`}
        </p>
      </div>
      <div className={programs.length > 1 ? "grid gap-6 lg:grid-cols-2" : "grid gap-6"}>
        {programs.map((program) => (
          <ProgramPath key={program.id} program={program} enrolments={enrolments} />
        ))}
      </div>
    </div>
  );
}
