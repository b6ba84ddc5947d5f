import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import type { GoalStatus } from "@throughline/domain/rules/team-goal-progress";
import { goalStatusLabels } from "@throughline/domain/rules/team-goal-progress";
import { formatMeasure } from "@throughline/domain/team-goal";
import { Card, CardContent } from "@throughline/ui/card";
import { type DataColumn, DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatDay } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { SelectField } from "@throughline/ui/select-field";
import { GoalStatusBadge } from "@throughline/ui/team-goal-progress";
import { Target } from "lucide-react";
import { useSearchParams } from "react-router";

type TeamGoal = RouterOutputs["teamGoals"]["overview"]["goals"][number];

/** A figure with the day it stands for beneath it ("by" the target's day). */
function DatedFigure({ value, on }: { value: string; on: string | null }) {
  return (
    <>
      {value}
      {on ? <span className="block text-xs text-muted-foreground">{on}</span> : null}
    </>
  );
}

const goalColumns: DataColumn<TeamGoal>[] = [
  {
    header: "Team",
    rowHeader: true,
    cell: (goal) => (
      <>
        <span className="block font-semibold">{goal.teamName}</span>
        <span className="block font-normal text-muted-foreground">{goal.schoolName}</span>
      </>
    ),
  },
  { header: "Measure", className: "min-w-56", cell: (goal) => goal.measure },
  {
    header: "Baseline",
    className: "whitespace-nowrap",
    cell: (goal) => (
      <DatedFigure
        value={formatMeasure(goal.unit, goal.baselineValue)}
        on={formatDay(goal.startsOn)}
      />
    ),
  },
  {
    header: "Latest",
    className: "whitespace-nowrap",
    cell: (goal) => (
      <DatedFigure
        value={goal.latestValue === null ? "—" : formatMeasure(goal.unit, goal.latestValue)}
        on={goal.latestOn ? formatDay(goal.latestOn) : null}
      />
    ),
  },
  {
    header: "Target",
    className: "whitespace-nowrap",
    cell: (goal) => (
      <DatedFigure
        value={formatMeasure(goal.unit, goal.targetValue)}
        on={`by ${formatDay(goal.targetOn)}`}
      />
    ),
  },
  { header: "Status", cell: (goal) => <GoalStatusBadge status={goal.status} /> },
];

const countedStatuses: GoalStatus[] = ["on_track", "off_track", "met", "not_measured"];

/**
 * Every team's goal on student learning, on track or off: a principal sees their schools'
 * teams, the district every team, filtered by school.
 */
export function TeamGoalsPage() {
  const [params, setParams] = useSearchParams();
  const schoolId = params.get("school") ?? "";
  const overview = useQuery({
    ...trpc.teamGoals.overview.queryOptions({ schoolId: schoolId || null }),
    placeholderData: keepPreviousData,
  });

  return (
    <QueryView
      query={overview}
      loading="Loading team goals…"
      errorTitle="Team goals could not be shown"
      headingLevel={1}
    >
      {({ schools, goals }) => {
        const counts = countedStatuses.map((status) => ({
          status,
          count: goals.filter((goal) => goal.status === status).length,
        }));
        const schoolName = schools.find((school) => school.id === schoolId)?.name;

        return (
          <>
            <PageHeader
              title="Team goals"
              description="Each team's goal on student learning: the measure, where it started, its latest checkpoint and its target. On track means no further behind the straight line from baseline to target than a tenth of the planned change."
            />
            <div className="flex flex-col gap-6">
              <Card>
                <CardContent className="flex flex-col gap-4 pt-6 sm:flex-row sm:items-end sm:justify-between">
                  <div className="sm:w-72">
                    <SelectField
                      label="School"
                      value={schoolId}
                      onChange={(event) => {
                        const next = new URLSearchParams(params);
                        if (event.target.value) next.set("school", event.target.value);
                        else next.delete("school");
                        setParams(next, { replace: true });
                      }}
                    >
                      <option value="">
                        {schools.length === 1 ? schools[0]?.name : "All schools"}
                      </option>
                      {schools.length > 1
                        ? schools.map((school) => (
                            <option key={school.id} value={school.id}>
                              {school.name}
                            </option>
                          ))
                        : null}
                    </SelectField>
                  </div>
                  <ul
                    className="flex flex-wrap gap-x-5 gap-y-1 text-sm"
                    aria-label="Goals by status"
                  >
                    {counts.map(({ status, count }) => (
                      <li key={status}>
                        <span className="font-semibold">{count}</span>{" "}
                        {goalStatusLabels[status].toLowerCase()}
                      </li>
                    ))}
                  </ul>
                </CardContent>
              </Card>
              {goals.length === 0 ? (
                <EmptyState title="No team goals yet" icon={Target}>
                  <p>When a team's facilitator sets a goal on student learning, it appears here.</p>
                </EmptyState>
              ) : (
                <Card>
                  <DataTable
                    scrollLabel="Team goals"
                    caption={`Team goals${schoolName ? ` at ${schoolName}` : ""}, with their status`}
                    rows={goals}
                    rowKey={(goal) => goal.goalId}
                    columns={goalColumns}
                  />
                </Card>
              )}
            </div>
          </>
        );
      }}
    </QueryView>
  );
}
