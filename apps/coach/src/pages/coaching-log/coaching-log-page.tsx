import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
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
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle level={2}>Log an interaction</CardTitle>
          </CardHeader>
          <CardContent>
            {options.isSuccess ? (
              options.data.teachers.length === 0 ? (
                <EmptyState title="No teachers to log yet" icon={NotebookPen} headingLevel={3}>
                  <p>Teachers of the cohorts you coach and the teams you facilitate appear here.</p>
                </EmptyState>
              ) : (
                <LogInteractionForm options={options.data} />
              )
            ) : (
              <QueryState
                query={options}
                loading="Loading your teachers…"
                errorTitle="The form could not be loaded"
                headingLevel={3}
              />
            )}
          </CardContent>
        </Card>
        <section aria-labelledby="workload-heading" className="flex min-w-0 flex-col gap-3">
          <h2 id="workload-heading" className="text-xl font-semibold">
            This week
          </h2>
          {log.isSuccess ? (
            <WorkloadWeeks weeks={log.data.weeks} />
          ) : (
            <QueryState
              query={log}
              loading="Loading your weeks…"
              errorTitle="Your workload could not be loaded"
              headingLevel={3}
            />
          )}
        </section>
      </div>
      <section aria-labelledby="logged-heading" className="mt-8 flex flex-col gap-3">
        <h2 id="logged-heading" className="text-xl font-semibold">
          Logged in these weeks
        </h2>
        {log.isSuccess ? (
          log.data.interactions.length === 0 ? (
            <CardDescription>Nothing logged in the last nine weeks.</CardDescription>
          ) : (
            <InteractionList interactions={log.data.interactions} />
          )
        ) : null}
      </section>
    </>
  );
}
