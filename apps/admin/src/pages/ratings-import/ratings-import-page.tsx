import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { fieldError } from "@throughline/ui/field-error";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import { DistrictAdminPage } from "../../lib/district-admin.tsx";
import { CsvFileField } from "./csv-file-field.tsx";
import { PreviewCard } from "./preview-card.tsx";

/** A district admin imports evaluation ratings kept in another system: preview, fix, import. */
export function RatingsImportPage() {
  return (
    <DistrictAdminPage
      header={
        <PageHeader
          title="Ratings import"
          description="Bring in indicator ratings kept in your evaluation system. They are evaluation data: they feed teachers' recommendations and follow the same visibility rules as walkthroughs."
        />
      }
      notice="Importing evaluation ratings is done by your district's PD administrator."
    >
      <RatingsImport />
    </DistrictAdminPage>
  );
}

function RatingsImport() {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const preview = useMutation(trpc.ratingsImport.preview.mutationOptions());
  const importFile = useMutation(trpc.ratingsImport.importFile.mutationOptions());

  return (
    <div className="flex flex-col gap-6">
      <TitledCard
        title="Choose a file"
        description="You see a preview first. Rows already imported (same teacher, indicator, date and source) are skipped, so importing a file twice changes nothing."
      >
        <CsvFileField
          disabled={preview.isPending || importFile.isPending}
          error={fieldError(preview.error, "csv", { orGeneral: true })}
          onRead={(chosen) => {
            setFile(chosen);
            importFile.reset();
            preview.mutate({ csv: chosen.text });
          }}
        />
      </TitledCard>
      {preview.isPending ? <Loading variant="inline" label="Checking the file…" /> : null}
      {file && preview.data ? (
        <PreviewCard
          fileName={file.name}
          preview={preview.data}
          importing={importFile.isPending}
          imported={importFile.isSuccess}
          onImport={() => importFile.mutate({ csv: file.text })}
        />
      ) : null}
      {importFile.isError ? (
        <Alert variant="error" title="The ratings were not imported">
          {importFile.error.message}
        </Alert>
      ) : null}
      {importFile.data ? (
        <Alert variant="success" title="Ratings imported">
          {importFile.data.inserted} new, {importFile.data.counts.unchanged} already imported.
        </Alert>
      ) : null}
    </div>
  );
}
