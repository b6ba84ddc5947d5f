import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { fieldError } from "@throughline/ui/field-error";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import { DistrictAdminPage } from "../../lib/district-admin.tsx";
import { ImportProgress } from "./import-progress.tsx";
import { RosterFileField } from "./roster-file-field.tsx";
import { RosterImportSummary } from "./roster-import-summary.tsx";
import { RosterPreviewCard } from "./roster-preview-card.tsx";
import type { RosterUpload } from "./types.ts";

/** Once the import answered, every change is written, whatever the last poll saw. */
function finished(total: number) {
  return { done: total, total, finished: true };
}

/** A district admin imports the OneRoster export: choose, preview, import with progress. */
export function RosterImportPage() {
  return (
    <DistrictAdminPage
      header={
        <PageHeader
          title="Roster import"
          description="Bring in your district's schools and staff from a OneRoster 1.2 CSV export. Teachers, principals and site administrators, and district administrators are matched by their sourcedId, so importing the same export again changes nothing."
        />
      }
      notice="Importing the roster is done by your district's administrator."
    >
      <RosterImport />
    </DistrictAdminPage>
  );
}

function RosterImport() {
  const [upload, setUpload] = useState<RosterUpload | null>(null);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [confirmedDeactivations, setConfirmedDeactivations] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const preview = useMutation(trpc.rosterImport.preview.mutationOptions());
  const importFiles = useMutation(trpc.rosterImport.importFiles.mutationOptions());
  const progress = useQuery({
    ...trpc.rosterImport.progress.queryOptions({ importId: importId ?? "" }),
    enabled: importId !== null,
    // Poll while the import runs; one last answer after it ends shows the bar full.
    refetchInterval: importFiles.isPending ? 250 : false,
  });

  const busy = preview.isPending || importFiles.isPending;
  return (
    <div className="flex flex-col gap-6">
      <TitledCard
        title="Choose the roster"
        description="You see a preview first. People are never deleted: someone no longer in a full (bulk) export is deactivated, and keeps their history. An import that would deactivate more than a tenth of your rostered staff waits until you confirm who goes."
      >
        <RosterFileField
          disabled={busy}
          error={fieldError(preview.error, "files", { orGeneral: true })}
          onRead={({ files }) => {
            setUpload(files);
            setSkipBadRows(false);
            setConfirmedDeactivations(false);
            setImportId(null);
            importFiles.reset();
            preview.mutate({ files });
          }}
        />
      </TitledCard>
      {preview.isPending ? <Loading variant="inline" label="Checking the files…" /> : null}
      {preview.isError && !fieldError(preview.error, "files", { orGeneral: true }) ? (
        <Alert variant="error" title="The files could not be checked">
          {preview.error.message}
        </Alert>
      ) : null}
      {upload && preview.data && !importFiles.isSuccess ? (
        <RosterPreviewCard
          review={preview.data}
          skipBadRows={skipBadRows}
          onSkipBadRowsChange={setSkipBadRows}
          confirmedDeactivations={confirmedDeactivations}
          onConfirmedDeactivationsChange={setConfirmedDeactivations}
          importing={importFiles.isPending}
          onImport={() => {
            const id = crypto.randomUUID();
            setImportId(id);
            // The number the admin saw and confirmed: if the files now say otherwise, the
            // server refuses rather than deactivate a different set of people.
            const confirmDeactivations = confirmedDeactivations
              ? preview.data.deactivations.count
              : undefined;
            importFiles.mutate({
              files: upload,
              importId: id,
              skipBadRows,
              confirmDeactivations,
            });
          }}
        />
      ) : null}
      {importId && (importFiles.isPending || importFiles.isSuccess) ? (
        <Card>
          <CardHeader>
            <CardTitle>
              {importFiles.isSuccess ? "Roster imported" : "Importing the roster"}
            </CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <ImportProgress
              progress={
                importFiles.data ? finished(importFiles.data.written) : (progress.data ?? null)
              }
            />
            {importFiles.data ? <RosterImportSummary result={importFiles.data} /> : null}
          </CardContent>
        </Card>
      ) : null}
      {importFiles.isError ? (
        <Alert variant="error" title="The roster was not imported">
          {importFiles.error.message}
        </Alert>
      ) : null}
    </div>
  );
}
