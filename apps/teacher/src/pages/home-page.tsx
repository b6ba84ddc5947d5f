import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { DeferredQueryView } from "@throughline/app-kit/deferred-query-view";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { GraduationCap } from "lucide-react";
import { firstName } from "../lib/format.ts";
import type { TeacherHome, TeacherProgram } from "../lib/types.ts";
import { DueStepsCard, RecentCommentsCard } from "./action-plan/attention-cards.tsx";
import { EnrolmentCard } from "./enrolment-card.tsx";
import { PendingFeedbackCard } from "./feedback/pending-feedback-card.tsx";
import { RecommendedCard } from "./recommendations/recommended-card.tsx";
import { TeamFocusCard } from "./recommendations/team-focus-card.tsx";
import { StagePath } from "./stage-path.tsx";

export function HomePage() {
  const home = useQuery(trpc.teacher.home.queryOptions());
  // Asked with the home (one batched request, the route's loader), and waited for: the feedback
  // card leads the page, so drawn later it would push the whole page down.
  const pending = useQuery(trpc.sessionFeedback.pending.queryOptions());
  return (
    <DeferredQueryView
      query={home}
      waitFor={pending.isPending}
      about="your learning"
      headingLevel={1}
    >
      {(data) => <Home data={data} />}
    </DeferredQueryView>
  );
}

/** The home once it came: feedback asked for, the path, this year's stages, what is due. */
function Home({ data }: { data: TeacherHome }) {
  const { person, schoolName, enrolments, programs } = data;
  return (
    <>
      <PageHeader title={`Welcome, ${firstName(person.displayName)}`} description={schoolName} />
      <div className="flex flex-col gap-10">
        <PendingFeedbackCard />
        <section aria-labelledby="path-heading">
          <StagePath programs={programs} enrolments={enrolments} />
        </section>
        <TitledSection headingId="stages-heading" title="This year's stages" size="xl">
          {enrolments.length > 0 ? (
            <ul className={enrolments.length > 1 ? "grid gap-6 lg:grid-cols-2" : "grid gap-6"}>
              {enrolments.map((enrolment) => (
                <li key={enrolment.cohortId} className="flex">
                  <EnrolmentCard
                    enrolment={enrolment}
                    programTitle={
                      programs.length > 1 ? programTitleOf(programs, enrolment.stage.id) : undefined
                    }
                  />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No stage yet" headingLevel={3} icon={GraduationCap}>
              <p>
                You are not enrolled in a cohort this year. When your school enrols you in a stage,
                its sessions and your progress appear here.
              </p>
            </EmptyState>
          )}
        </TitledSection>
        <TeamFocusCard />
        <RecommendedCard />
        <div className="grid gap-6 lg:grid-cols-2">
          <DueStepsCard />
          <RecentCommentsCard />
        </div>
      </div>
    </>
  );
}

/** The title of the program a stage belongs to, for a card that names the stage. */
function programTitleOf(programs: readonly TeacherProgram[], stageId: string): string | undefined {
  return programs.find((program) => program.stages.some((stage) => stage.id === stageId))?.title;
}
