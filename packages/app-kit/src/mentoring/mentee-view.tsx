import type { RouterOutputs } from "@throughline/api/types";
import { formatLocalDay } from "@throughline/domain/local-time";
import { PageHeader } from "@throughline/ui/page-header";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { TitledCard } from "@throughline/ui/titled-card";
import { ConversationForm } from "./conversation-form.tsx";
import { ConversationList } from "./conversation-list.tsx";
import { InductionChecklist } from "./induction-checklist.tsx";

type MenteePage = RouterOutputs["mentoring"]["mentee"];

/**
 * One mentee as their mentor sees them, in the teacher app and the coach app alike: their path
 * (stages, sessions, how far each action plan is), the checklist, and the log with its form.
 */
export function MenteeView({ data }: { data: MenteePage }) {
  const { assignment, path } = data;
  const stepsOf = new Map(data.planSteps.map((plan) => [plan.stageId, plan]));
  return (
    <>
      <PageHeader
        title={assignment.mentee.displayName}
        description={`You have mentored ${assignment.mentee.displayName} since ${formatLocalDay(assignment.startedOn)}.`}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <TitledCard
            title="Their path"
            description="What their action plans say stays with them and their coach; you see how far each is."
          >
            {path.enrolments.length === 0 ? (
              <p className="text-muted-foreground">Not enrolled in a stage yet.</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {path.enrolments.map((enrolment) => {
                  const plan = stepsOf.get(enrolment.stage.id);
                  return (
                    <li key={enrolment.cohortId} className="flex flex-col gap-1">
                      <span className="font-medium">{enrolment.stage.title}</span>
                      <span className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                        <StageStatusBadge status={enrolment.status} />
                        {enrolment.sessionsCompleted} of {enrolment.sessionsTotal} MicroPD sessions
                      </span>
                      <span className="text-sm text-muted-foreground">
                        {plan
                          ? `Action plan: ${plan.done} of ${plan.total} steps done`
                          : "No action plan yet"}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </TitledCard>
          <TitledCard title="Induction checklist">
            <InductionChecklist menteeId={assignment.mentee.id} items={data.checklist} />
          </TitledCard>
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <TitledCard title="Log a conversation">
            <ConversationForm
              mode={{ kind: "log", menteeId: assignment.mentee.id, today: data.today }}
            />
          </TitledCard>
          <TitledCard title="Conversations">
            <ConversationList conversations={data.conversations} editable />
          </TitledCard>
        </div>
      </div>
    </>
  );
}
