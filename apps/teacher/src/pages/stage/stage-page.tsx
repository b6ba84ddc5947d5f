import { useQuery } from "@tanstack/react-query";
import { errorCode } from "@throughline/app-kit/app-gate";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { NotFound } from "@throughline/ui/not-found";
import { PageHeader } from "@throughline/ui/page-header";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { useParams } from "react-router";
import { PathIndividualSection } from "../recommendations/path-individual-section.tsx";
import { ProgramStrip } from "./program-strip.tsx";
import { ProgressCard } from "./progress-card.tsx";
import { SelfAssessmentSection } from "./self-assessment/self-assessment-section.tsx";
import { SessionTimeline } from "./session-timeline.tsx";
import { WorkshopCard } from "./workshop-card.tsx";

/** One stage of the teacher's path: progress, what remains, the workshop and every session. */
export function StagePage() {
  const { stageId = "" } = useParams();
  const page = useQuery(trpc.path.stage.queryOptions({ stageId }));
  // Recommended sessions open at once, whatever their place in the stage's order.
  const recommended = useQuery(trpc.recommendations.mine.queryOptions());

  if (page.isPending) return <Loading label="Loading the stage…" />;
  if (page.isError) {
    const code = errorCode(page.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
    return (
      <ErrorState
        headingLevel={1}
        title="This stage could not be loaded"
        message={page.error.message}
        onRetry={() => {
          void page.refetch();
        }}
        retrying={page.isFetching}
      />
    );
  }

  const { stage, enrolment, sessions } = page.data;
  return (
    <>
      <ProgramStrip stageId={stage.id} />
      <PageHeader
        title={
          <>
            <span className="block text-sm font-semibold tracking-wide text-primary uppercase">
              Stage {stage.position}
            </span>
            {stage.title}
          </>
        }
        description={
          <p className="max-w-3xl">
            {enrolment
              ? `${enrolment.cohortName} · ${enrolment.releaseMode === "self_paced" ? "Self-paced" : "Sessions open on set dates"}`
              : stage.summary}
          </p>
        }
        aside={enrolment ? <StageStatusBadge status={enrolment.status} /> : null}
      />
      <div className="flex flex-col gap-8">
        {enrolment ? (
          <>
            <p className="max-w-3xl text-muted-foreground">{stage.summary}</p>
            <div className="grid gap-6 lg:grid-cols-2">
              <ProgressCard enrolment={enrolment} />
              <WorkshopCard workshop={enrolment.workshop} />
            </div>
          </>
        ) : (
          <Alert title="You are not enrolled in this stage yet">
            This is a preview of its sessions. When your school enrols you in a cohort for this
            stage, you can take them here, one after another.
          </Alert>
        )}
        {enrolment ? <SelfAssessmentSection stageId={stage.id} /> : null}
        {enrolment ? <PathIndividualSection /> : null}
        <section aria-label="Sessions of this stage">
          <SessionTimeline
            sessions={sessions}
            pace={enrolment?.releaseMode ?? "preview"}
            recommendedIds={new Set(recommended.data?.map((item) => item.sessionId))}
          />
        </section>
      </div>
    </>
  );
}
