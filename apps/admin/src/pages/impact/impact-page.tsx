import { useQuery } from "@tanstack/react-query";
import { queryClient, trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { type ImpactReport, impactGroupingLabels } from "@throughline/domain/impact-report";
import { SMALL_GROUP_LABEL } from "@throughline/domain/rules/small-group";
import { Button } from "@throughline/ui/button";
import { CsvDownloadButton } from "@throughline/ui/csv-download-button";
import { fieldError } from "@throughline/ui/field-error";
import { formatMoment } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { Printer } from "lucide-react";
import { FeedbackSection, GoalsSection } from "./feedback-goal-sections.tsx";
import { ImpactFilters } from "./impact-filters.tsx";
import { HoursSection, LevelChangeSection, ParticipationSection } from "./impact-sections.tsx";
import { type ImpactChoice, impactInput, useImpactChoice } from "./use-impact-choice.ts";

/**
 * The PD impact report: participation, PD hours and level change over a chosen period, by
 * school, cohort or stage, for a principal's schools or the whole district. Prints as a report
 * for a school board (one section per page, no navigation) and downloads as CSV.
 */
export function ImpactPage() {
  const { choice, setChoice } = useImpactChoice();
  const input = impactInput(choice);
  const report = useQuery({
    ...trpc.impact.report.queryOptions(input),
    placeholderData: (last) => last,
  });
  const named = (path: string) => fieldError(report.error, path);

  return (
    <>
      <PageHeader
        title="PD impact report"
        description={`Whether the professional learning reaches teachers and changes practice, ${choice.from} to ${choice.to}. Groups of fewer than 3 teachers are withheld.`}
        aside={
          <div className="flex flex-wrap items-start gap-2 print:hidden">
            <Button variant="secondary" onClick={() => window.print()}>
              <Printer aria-hidden="true" />
              Print report
            </Button>
            <CsvDownloadButton
              disabled={!report.isSuccess}
              fetchCsv={() => queryClient.fetchQuery(trpc.impact.csv.queryOptions(input))}
            />
          </div>
        }
      />
      <div className="flex flex-col gap-6">
        <TitledCard title="Period and filters" className="print:hidden">
          <ImpactFilters
            value={choice}
            options={report.data?.options}
            onChange={setChoice}
            errors={{ from: named("from"), to: named("to") }}
          />
        </TitledCard>
        {report.isSuccess ? (
          <>
            <p className="hidden text-sm print:block">{selectionLine(report.data, choice)}</p>
            {report.data.asOf ? (
              <p className="text-sm text-muted-foreground">
                Counted at {formatMoment(new Date(report.data.asOf))}: at this size the report is
                counted again every minute.
              </p>
            ) : null}
            <Headline report={report.data} />
            <ParticipationSection report={report.data} />
            <HoursSection report={report.data} />
            <LevelChangeSection source="observed" report={report.data} />
            <LevelChangeSection source="selfAssessed" report={report.data} />
            <FeedbackSection report={report.data} />
            <GoalsSection report={report.data} />
          </>
        ) : (
          <QueryState query={report} about="the report" headingLevel={2} />
        )}
      </div>
    </>
  );
}

/** What a printed copy covers, since the filters are not printed. */
function selectionLine(report: ImpactReport, choice: ImpactChoice): string {
  const school = report.options.schools.find((row) => row.id === choice.schoolId)?.name;
  const stage = report.options.stages.find((row) => row.id === choice.stageId);
  const cohort = report.options.cohorts.find((row) => row.id === choice.cohortId)?.name;
  return [
    `School: ${school ?? "all"}`,
    `Stage: ${stage ? `${stage.position} ${stage.title}` : "all"}`,
    `Cohort: ${cohort ?? "all"}`,
    `By ${impactGroupingLabels[report.by].toLowerCase()}`,
  ].join(" · ");
}

/** Every teacher of the selection once: the figures the CSV's total line carries. */
function Headline({ report }: { report: ImpactReport }) {
  const total = report.total.result;
  const figures = total.withheld
    ? null
    : [
        { label: "Teachers enrolled", value: total.figures.enrolled },
        { label: "Active in the last 30 days", value: total.figures.active },
        { label: "Completed the stage", value: total.figures.completed },
        { label: "PD hours", value: total.figures.pdHours.toFixed(1) },
      ];
  return (
    <section aria-labelledby="impact-totals" className="break-inside-avoid">
      <h2 id="impact-totals" className="sr-only">
        Totals
      </h2>
      {figures ? (
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-lg border border-border bg-surface p-4">
              <dt className="text-sm text-muted-foreground">{figure.label}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-total={figure.label}>
                {figure.value}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-muted-foreground">
          This selection has {SMALL_GROUP_LABEL} teachers: its figures are withheld.
        </p>
      )}
    </section>
  );
}
