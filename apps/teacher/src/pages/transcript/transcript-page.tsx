import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Button } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { Label } from "@throughline/ui/label";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { Clock, FileText } from "lucide-react";
import { Link, useSearchParams } from "react-router";
import { DownloadRecordSection } from "../record/download-record-section.tsx";
import { ActivitiesTable } from "./activities-table.tsx";
import { CertificatesSection } from "./certificates-section.tsx";
import { DownloadCsvButton } from "./download-csv-button.tsx";
import { TotalsSummary } from "./totals-summary.tsx";
import type { Transcript } from "./types.ts";

const yearPattern = /^\d{4}-\d{2}$/;

/**
 * PD hours: the year's workshops, MicroPD sessions, meetings, badges and approved external PD,
 * with totals, a CSV and a PDF for a recertification office.
 */
export function TranscriptPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get("year");
  // A malformed year in the address is ignored rather than sent to the server.
  const schoolYear = asked && yearPattern.test(asked) ? asked : undefined;
  const transcript = useQuery({
    ...trpc.transcript.mine.queryOptions(schoolYear ? { schoolYear } : {}),
    placeholderData: (previous) => previous,
  });

  return (
    <QueryView query={transcript} about="your PD hours" headingLevel={1}>
      {(data) => (
        <TranscriptView
          data={data}
          updating={transcript.isFetching}
          onYear={(year) => setParams({ year })}
        />
      )}
    </QueryView>
  );
}

/**
 * The year's hours once they came. Choosing another year asks again; the old year stays on screen
 * (marked as updating) until the new one comes.
 */
function TranscriptView({
  data,
  updating,
  onYear,
}: {
  data: Transcript;
  updating: boolean;
  onYear: (year: string) => void;
}) {
  return (
    <>
      <PageHeader
        title="PD hours"
        description={
          <>
            Your professional learning time for the school year: workshops, MicroPD sessions,
            support meetings, micro-credentials and approved PD taken elsewhere.{" "}
            <Link to="/pd-credit" className="text-primary underline underline-offset-4">
              Request credit for PD taken elsewhere
            </Link>
          </>
        }
        aside={
          <div className="flex flex-wrap gap-2">
            <DownloadCsvButton schoolYear={data.schoolYear} />
            <Button asChild variant="secondary">
              <a
                href={`/files/pdf/transcript?year=${encodeURIComponent(data.schoolYear)}`}
                download
              >
                <FileText aria-hidden="true" className="size-4" />
                Download PDF
              </a>
            </Button>
          </div>
        }
      />
      <div className="flex flex-col gap-8">
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-2">
            <Label htmlFor="school-year">School year</Label>
            <select
              id="school-year"
              value={data.schoolYear}
              onChange={(event) => onYear(event.target.value)}
              className="h-10 min-w-40 rounded-md border border-input bg-surface px-3 text-base text-foreground shadow-xs"
            >
              {data.schoolYears.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          {updating ? <Loading variant="inline" label="Updating…" /> : null}
        </div>
        <TotalsSummary totals={data.totals} />
        {data.activities.length > 0 ? (
          <ActivitiesTable transcript={data} />
        ) : (
          <EmptyState title={`No PD hours in ${data.schoolYear} yet`} icon={Clock}>
            <p>
              Workshops you attend, MicroPD sessions you complete and support meetings you take part
              in count toward your hours, and appear here.
            </p>
          </EmptyState>
        )}
        <CertificatesSection />
        <DownloadRecordSection />
      </div>
    </>
  );
}
