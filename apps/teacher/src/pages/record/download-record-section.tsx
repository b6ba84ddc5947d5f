import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { formatFileSize } from "@throughline/domain/evidence";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDateTime } from "@throughline/ui/format";
import { Archive, Download, RotateCw } from "lucide-react";
import type { ReactNode } from "react";

type RecordExport = NonNullable<RouterOutputs["recordExport"]["latest"]>;

const CONTENTS = [
  "your profile, schools and teams",
  "your stages and MicroPD progress, with your reflections",
  "your action plans with their evidence files and comments",
  "observations shared with you",
  "the meetings you attended and your commitments",
  "your PD hours",
  "your micro-credentials and every badge as its signed, verifiable file",
];

function isBuilding(record: RecordExport | null | undefined): boolean {
  return record?.status === "queued" || record?.status === "running";
}

function ExportProgress({ record }: { record: RecordExport }) {
  const step = record.step || "Waiting to start";
  return (
    <div className="flex flex-col gap-2">
      <progress
        aria-label="Preparing your record"
        aria-valuetext={`${record.progress}%: ${step}`}
        className="h-3 w-full appearance-none overflow-hidden rounded-full border border-border bg-muted [&::-moz-progress-bar]:bg-primary [&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:bg-primary [&::-webkit-progress-value]:transition-[width]"
        max={100}
        value={record.progress}
      />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {step}… {record.progress}%
      </p>
    </div>
  );
}

/**
 * "Download my record": everything Throughline holds about the teacher as a ZIP, prepared in
 * the background. While it is prepared the page asks for progress every second.
 */
export function DownloadRecordSection() {
  const queryClient = useQueryClient();
  const latestOptions = trpc.recordExport.latest.queryOptions();
  const latest = useQuery({
    ...latestOptions,
    refetchInterval: (query) => (isBuilding(query.state.data) ? 1000 : false),
  });
  const start = useMutation(
    trpc.recordExport.start.mutationOptions({
      onSuccess: (record) => queryClient.setQueryData(latestOptions.queryKey, record),
    }),
  );

  let body: ReactNode;
  if (!latest.isSuccess) {
    body = (
      <QueryState
        query={latest}
        loading="Checking for a prepared record…"
        loadingVariant="inline"
        errorTitle="Your record's status could not be loaded"
        headingLevel={3}
      />
    );
  } else {
    const record = latest.data;
    const prepare = (label: string, variant: "primary" | "secondary") => (
      <Button variant={variant} onClick={() => start.mutate()} disabled={start.isPending}>
        {record?.status === "failed" ? (
          <RotateCw aria-hidden="true" />
        ) : (
          <Archive aria-hidden="true" />
        )}
        {start.isPending ? "Asking…" : label}
      </Button>
    );
    body = (
      <div className="flex flex-col gap-4">
        {isBuilding(record) && record ? <ExportProgress record={record} /> : null}
        {record?.status === "done" && record.downloadUrl ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button asChild>
              <a href={record.downloadUrl} download>
                <Download aria-hidden="true" />
                Download ({formatFileSize(record.sizeBytes ?? 0)})
              </a>
            </Button>
            <p className="text-sm text-muted-foreground">
              Prepared {record.finishedAt ? formatDateTime(record.finishedAt) : ""}
            </p>
          </div>
        ) : null}
        {record?.status === "failed" ? (
          <Alert variant="error" title="Your record could not be prepared">
            Something went wrong while it was put together. Please try again.
          </Alert>
        ) : null}
        {start.isError ? (
          <Alert variant="error" title="Your record could not be started">
            {start.error.message}
          </Alert>
        ) : null}
        {isBuilding(record) ? null : (
          <div>
            {record?.status === "done"
              ? prepare("Prepare a fresh copy", "secondary")
              : record?.status === "failed"
                ? prepare("Try again", "primary")
                : prepare("Prepare my record", "primary")}
          </div>
        )}
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Download my record</CardTitle>
        <CardDescription>
          A ZIP of everything Throughline holds about you, to keep or take with you. It is prepared
          in the background and takes a moment.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="text-sm">
          <p>It holds, as files with a page that explains them:</p>
          <ul className="mt-1 list-disc pl-5">
            {CONTENTS.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
        {body}
      </CardContent>
    </Card>
  );
}
