import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { BackLink } from "@throughline/ui/back-link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatMoment } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { SessionProgressRing } from "@throughline/ui/session-progress-ring";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { TitledSection } from "@throughline/ui/titled-section";
import { WorkshopAttendedMark } from "@throughline/ui/workshop-facts";
import { ClipboardList } from "lucide-react";
import { useParams } from "react-router";
import { ObservationList } from "../observations/observation-list.tsx";
import { CoachingLoggedSection } from "./coaching-logged-section.tsx";
import { IndividualPathSection } from "./individual-path/individual-path-section.tsx";
import { PlanView } from "./plan-view.tsx";
import { SelfAssessmentsSection } from "./self-assessments-section.tsx";
import type { CoachedEnrolment, CoachedTeacher, CompletedSession } from "./types.ts";

function EnrolmentSummary({ enrolment }: { enrolment: CoachedEnrolment }) {
  return (
    <Card className="flex w-full flex-col">
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-semibold text-primary">Stage {enrolment.stage.position}</p>
          <StageStatusBadge status={enrolment.status} />
        </div>
        <CardTitle level={3}>{enrolment.stage.title}</CardTitle>
        <CardDescription>{enrolment.cohortName}</CardDescription>
      </CardHeader>
      <CardContent className="flex items-center gap-4">
        <SessionProgressRing
          completed={enrolment.sessionsCompleted}
          total={enrolment.sessionsTotal}
        />
        <div className="flex flex-col gap-1.5 text-sm">
          <p className="font-medium">
            {enrolment.sessionsCompleted} of {enrolment.sessionsTotal} MicroPD sessions
          </p>
          <WorkshopAttendedMark
            attended={enrolment.workshopAttended}
            attendedLabel="Workshop attended"
            pendingLabel="Workshop not attended yet"
          />
          <p className="text-muted-foreground">
            {enrolment.meetingsAttended} support meetings attended
          </p>
        </div>
      </CardContent>
    </Card>
  );
}

function Reflections({ sessions }: { sessions: readonly CompletedSession[] }) {
  if (sessions.length === 0) {
    return <p className="text-sm text-muted-foreground">No MicroPD sessions completed yet.</p>;
  }
  return (
    <ol className="flex flex-col gap-4">
      {sessions.map((session) => (
        <li key={session.sessionId} className="rounded-md border border-border bg-surface p-4">
          <h3 className="font-semibold text-foreground">
            Stage {session.stagePosition}, session {session.position}: {session.title}
          </h3>
          {session.completedAt ? (
            <p className="text-xs text-muted-foreground">
              Completed{" "}
              <time dateTime={session.completedAt.toISOString()}>
                {formatMoment(session.completedAt)}
              </time>
            </p>
          ) : null}
          <blockquote className="mt-2 border-l-2 border-primary/40 pl-3 text-sm whitespace-pre-line text-foreground">
            {session.reflection ?? "No reflection written."}
          </blockquote>
        </li>
      ))}
    </ol>
  );
}

/** One teacher as their coach sees them: stages, reflections and action plans with comments. */
export function TeacherPage() {
  const { personId = "" } = useParams();
  return (
    <QueryPage
      options={trpc.coaching.teacher.queryOptions({ personId })}
      loading="Loading the teacher…"
      errorTitle="This teacher could not be opened"
    >
      {(data) => <CoachedTeacherView data={data} />}
    </QueryPage>
  );
}

function CoachedTeacherView({ data }: { data: CoachedTeacher }) {
  const { teacher, enrolments, sessions, plans } = data;
  return (
    <>
      <BackLink to="/">Back to caseload</BackLink>
      <PageHeader title={teacher.displayName} description={teacher.email} />
      <div className="flex flex-col gap-10">
        <TitledSection headingId="stages-heading" title="Stages" size="xl">
          {enrolments.length > 0 ? (
            <ul className="grid gap-4 md:grid-cols-2">
              {enrolments.map((enrolment) => (
                <li key={enrolment.enrolmentId} className="flex">
                  <EnrolmentSummary enrolment={enrolment} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">Not enrolled in a stage this year.</p>
          )}
        </TitledSection>
        <IndividualPathSection
          teacherId={teacher.id}
          name={teacher.displayName}
          stageIds={enrolments.map((enrolment) => enrolment.stage.id)}
        />
        <SelfAssessmentsSection teacherId={teacher.id} name={teacher.displayName} />
        <TitledSection headingId="plans-heading" title="Action plans" size="xl">
          {plans.length > 0 ? (
            plans.map((plan) => <PlanView key={plan.id} planId={plan.id} />)
          ) : (
            <EmptyState title="No action plan yet" headingLevel={3} icon={ClipboardList}>
              <p>When {teacher.displayName} writes a plan for a stage, it appears here.</p>
            </EmptyState>
          )}
        </TitledSection>
        <TitledSection headingId="observations-heading" title="Observations" size="xl">
          <ObservationList teacherId={teacher.id} teacherName={teacher.displayName} />
        </TitledSection>
        <CoachingLoggedSection teacherId={teacher.id} />
        <TitledSection headingId="reflections-heading" title="MicroPD reflections" size="xl">
          <Reflections sessions={sessions} />
        </TitledSection>
      </div>
    </>
  );
}
