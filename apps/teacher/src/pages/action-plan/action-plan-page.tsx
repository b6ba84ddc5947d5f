import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { QueryView } from "@throughline/app-kit/query-view";
import type { TeacherHome } from "@throughline/domain/home";
import { commitmentPlanGoal } from "@throughline/domain/meeting-room";
import { namedWithProgram } from "@throughline/domain/rules/current-stage";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { cn } from "@throughline/ui/utils";
import { ClipboardList, GraduationCap } from "lucide-react";
import { Link, useSearchParams } from "react-router";
import type { Enrolment } from "../../lib/types.ts";
import { AddStepForm } from "./add-step-form.tsx";
import { CommentThread } from "./comment-thread.tsx";
import { GoalForm } from "./goal-form.tsx";
import { PlanHistory } from "./plan-history.tsx";
import { SharingToggle } from "./sharing-toggle.tsx";
import { StepCard } from "./step-card.tsx";
import type { IndicatorOption, Plan } from "./types.ts";
import { useGoalDraft } from "./use-goal-draft.ts";

function StageSwitcher({
  enrolments,
  stageId,
  programOfStage,
}: {
  enrolments: readonly Enrolment[];
  stageId: string;
  /** The program title of each stage, where she is in more than one program. */
  programOfStage: ReadonlyMap<string, string>;
}) {
  if (enrolments.length < 2) return null;
  return (
    <nav aria-label="Plans by stage" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {enrolments.map((enrolment) => (
          <li key={enrolment.cohortId}>
            <Link
              to={`?stage=${enrolment.stage.id}`}
              aria-current={enrolment.stage.id === stageId ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium no-underline",
                enrolment.stage.id === stageId
                  ? "border-primary bg-primary-soft text-primary-soft-foreground"
                  : "border-input text-foreground hover:bg-muted",
              )}
            >
              {namedWithProgram(
                programOfStage.get(enrolment.stage.id),
                `Stage ${enrolment.stage.position}`,
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function PlanForStage({ enrolment }: { enrolment: Enrolment }) {
  const stageId = enrolment.stage.id;
  const mine = useQuery(trpc.actionPlan.mine.queryOptions({ stageId }));
  return (
    <QueryView query={mine} about="your action plan">
      {({ plan, indicators }) => (
        // Keyed by the plan so the goal draft starts from the saved values after a reload.
        <PlanLayout key={plan?.id ?? "new"} stageId={stageId} plan={plan} indicators={indicators} />
      )}
    </QueryView>
  );
}

/**
 * The goal first, then the steps; the indicators, sharing, comments and history beside them on
 * a wide screen and after the steps on a phone, where the steps matter more than the list.
 */
function PlanLayout({
  stageId,
  plan,
  indicators,
}: {
  stageId: string;
  plan: Plan | null;
  indicators: readonly IndicatorOption[];
}) {
  const draft = useGoalDraft(stageId, plan);
  const planComments = plan?.comments.filter((comment) => comment.stepId === null) ?? [];
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <div className="flex flex-col gap-8">
        <TitledCard
          title="Goal and focus"
          description={
            plan && plan.goal !== commitmentPlanGoal
              ? "What you are working toward in this stage."
              : plan
                ? "Your team meeting started this plan with a commitment. Write your own goal for the stage."
                : "Start your plan for this stage with a goal. Steps come next."
          }
        >
          <GoalForm
            plan={plan}
            indicators={indicators}
            draft={draft}
            part={plan ? "goal" : "both"}
          />
        </TitledCard>
        {plan ? (
          <section aria-labelledby="steps-heading" className="flex flex-col gap-4">
            <h2 id="steps-heading" className="text-xl font-semibold tracking-tight">
              Steps
            </h2>
            {plan.steps.length > 0 ? (
              <ol className="flex flex-col gap-4">
                {plan.steps.map((step) => (
                  <li key={step.id}>
                    <StepCard plan={plan} step={step} />
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState title="No steps yet" headingLevel={3} icon={ClipboardList}>
                <p>Add the first thing you will try in your classroom.</p>
              </EmptyState>
            )}
            <AddStepForm planId={plan.id} />
          </section>
        ) : null}
      </div>
      {plan ? (
        <aside className="flex flex-col gap-6">
          <TitledCard title="Indicators this plan targets">
            <GoalForm plan={plan} indicators={indicators} draft={draft} part="indicators" />
          </TitledCard>
          <TitledCard title="Who can read it">
            <SharingToggle plan={plan} />
          </TitledCard>
          <TitledCard title="Comments from your coach">
            {planComments.length > 0 ? (
              <CommentThread planId={plan.id} comments={plan.comments} stepId={null} />
            ) : (
              <p className="text-sm text-muted-foreground">
                No comments on the plan yet. Your coach's comments on a step appear with that step.
              </p>
            )}
          </TitledCard>
          <TitledCard title="History">
            <PlanHistory planId={plan.id} />
          </TitledCard>
        </aside>
      ) : null}
    </div>
  );
}

/** Each stage's program title where she is in more than one program; empty where one. */
function programTitlesByStage(programs: TeacherHome["programs"]): Map<string, string> {
  const joined = programs.filter((program) => program.current);
  if (joined.length < 2) return new Map();
  return new Map(
    joined.flatMap((program) => program.stages.map((stage) => [stage.id, program.title])),
  );
}

/** The teacher's action plan for a stage: goal, indicators, steps with evidence, comments, history. */
export function ActionPlanPage() {
  return (
    <QueryPage options={trpc.teacher.home.queryOptions()} about="your action plan">
      {({ enrolments, programs }) => (
        <PlanOfChosenStage
          enrolments={enrolments}
          primaryStageId={programs.find((program) => program.current)?.current?.stageId}
          programOfStage={programTitlesByStage(programs)}
        />
      )}
    </QueryPage>
  );
}

/** The plan of the stage chosen in the address, with the switch between the teacher's stages. */
function PlanOfChosenStage({
  enrolments,
  primaryStageId,
  programOfStage,
}: {
  enrolments: readonly Enrolment[];
  /**
   * Her current stage of the first program she is in (domain rules/current-stage): the plan a
   * meeting's commitments go on, so the page opens on it.
   */
  primaryStageId: string | undefined;
  programOfStage: ReadonlyMap<string, string>;
}) {
  const [params] = useSearchParams();
  const enrolment =
    enrolments.find((candidate) => candidate.stage.id === params.get("stage")) ??
    enrolments.find((candidate) => candidate.stage.id === primaryStageId) ??
    enrolments.at(-1);
  if (!enrolment) {
    return (
      <>
        <PageHeader title="My action plan" />
        <EmptyState title="No stage yet" icon={GraduationCap}>
          <p>When your school enrols you in a stage, you can write your action plan for it here.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="My action plan"
        description={namedWithProgram(
          programOfStage.get(enrolment.stage.id),
          `Stage ${enrolment.stage.position}: ${enrolment.stage.title}`,
        )}
      />
      <StageSwitcher
        enrolments={enrolments}
        stageId={enrolment.stage.id}
        programOfStage={programOfStage}
      />
      <PlanForStage key={enrolment.stage.id} enrolment={enrolment} />
    </>
  );
}
