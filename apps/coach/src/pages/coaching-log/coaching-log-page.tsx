import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { CardDescription } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { TitledSection } from "@throughline/ui/titled-section";
import { NotebookPen } from "lucide-react";
import { InteractionList } from "./interaction-list.tsx";
import { LogInteractionForm } from "./log-interaction-form.tsx";
import { WorkloadWeeks } from "./workload-weeks.tsx";

/**
 * The coach's log of co-teaching, modelling, debriefs, planning and check-ins: a form to log
 * one, this week's workload and the eight weeks before, and what they logged.
 */
export function CoachingLogPage() {
  const options = useQuery(trpc.coachingLog.options.queryOptions());
  const log = useQuery(trpc.coachingLog.mine.queryOptions());
  return (
    <>
      <PageHeader
        title="Coaching log"
        description="Coaching that is not a meeting or an observation. Notes stay between you, the teacher and their coaches."
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <TitledCard title="Log an interaction" className="min-w-0">
          <QueryView
            query={options}
            loading="Loading your teachers…"
            errorTitle="The form could not be loaded"
            headingLevel={3}
          >
            {(choices) =>
              choices.teachers.length === 0 ? (
                <EmptyState title="No teachers to log yet" icon={NotebookPen} headingLevel={3}>
                  <p>Teachers of the cohorts you coach and the teams you facilitate appear here.</p>
                </EmptyState>
              ) : (
                <LogInteractionForm options={choices} />
              )
            }
          </QueryView>
        </TitledCard>
        <TitledSection
          headingId="workload-heading"
          title="This week"
          className="min-w-0"
          headingClassName="text-xl"
        >
          <QueryView
            query={log}
            loading="Loading your weeks…"
            errorTitle="Your workload could not be loaded"
            headingLevel={3}
          >
            {(mine) => <WorkloadWeeks weeks={mine.weeks} />}
          </QueryView>
        </TitledSection>
      </div>
      <TitledSection
        headingId="logged-heading"
        title="Logged in these weeks"
        className="mt-8"
        headingClassName="text-xl"
      >
        {log.isSuccess ? (
          log.data.interactions.length === 0 ? (
            <CardDescription>Nothing logged in the last nine weeks.</CardDescription>
          ) : (
            <InteractionList interactions={log.data.interactions} />
          )
        ) : null}
      </TitledSection>
    </>
  );
}
