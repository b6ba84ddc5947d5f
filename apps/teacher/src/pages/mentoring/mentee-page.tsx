import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { formatLocalDay } from "@throughline/domain/local-time";
import { BackLink } from "@throughline/ui/back-link";
import { PageHeader } from "@throughline/ui/page-header";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { TitledCard } from "@throughline/ui/titled-card";
import { useParams } from "react-router";
import { ConversationForm } from "./conversation-form.tsx";
import { ConversationList } from "./conversation-list.tsx";
import { InductionChecklist } from "./induction-checklist.tsx";

type MenteePage = RouterOutputs["mentoring"]["mentee"];

/** One mentee as their mentor sees them: their path, the checklist, and the log with its form. */
export function MenteePage() {
  const { menteeId = "" } = useParams();
  const page = useQuery(trpc.mentoring.mentee.queryOptions({ menteeId }));
  return (
    <>
      <BackLink to="/mentoring">Mentoring</BackLink>
      <QueryView query={page} about="this teacher's mentoring" loadingVariant="page">
        {(data) => <Mentee data={data} />}
      </QueryView>
    </>
  );
}

function Mentee({ data }: { data: MenteePage }) {
  const { assignment, path } = data;
  return (
    <>
      <PageHeader
        title={assignment.mentee.displayName}
        description={`You have mentored ${assignment.mentee.displayName} since ${formatLocalDay(assignment.startedOn)}.`}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <TitledCard title="Their path">
            {path.enrolments.length === 0 ? (
              <p className="text-muted-foreground">Not enrolled in a stage yet.</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {path.enrolments.map((enrolment) => (
                  <li key={enrolment.cohortId} className="flex flex-col gap-1">
                    <span className="font-medium">{enrolment.stage.title}</span>
                    <span className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                      <StageStatusBadge status={enrolment.status} />
                      {enrolment.sessionsCompleted} of {enrolment.sessionsTotal} MicroPD sessions
                    </span>
                  </li>
                ))}
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
