import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { type LibraryPackage, libraryPackageSchema } from "@throughline/domain/library";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { useState } from "react";
import { Link } from "react-router";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { firstOpenProgram, ProgramSelect } from "./program-select.tsx";
import type { ProgramOption, StageOption } from "./types.ts";

/** Saves `text` as a file the browser downloads. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Sharing with another installation: a stage exported as a package file (JSON with its sessions
 * and content blocks; videos travel as their links), and a package file imported as a copy.
 */
export function PackageFileCard({
  stages,
  programs,
}: {
  stages: readonly StageOption[];
  programs: readonly ProgramOption[];
}) {
  const queryClient = useQueryClient();
  const [stageId, setStageId] = useState(stages[0]?.id ?? "");
  const [programId, setProgramId] = useState(firstOpenProgram(programs));
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [pkg, setPkg] = useState<LibraryPackage | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const importFile = useMutation(
    trpc.sharedLibrary.importPackage.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.frameworkAdmin.stages.queryFilter()),
    }),
  );

  const exportStage = async () => {
    setExportProblem(null);
    try {
      const found = await queryClient.fetchQuery(
        trpc.sharedLibrary.exportStage.queryOptions({ stageId }),
      );
      download(
        `${found.stage.title.replace(/[^\w-]+/g, "-").toLowerCase()}.json`,
        JSON.stringify(found, null, 2),
      );
    } catch (error) {
      setExportProblem(error instanceof Error ? error.message : "The stage could not be exported.");
    }
  };

  const readFile = async (file: File | undefined) => {
    importFile.reset();
    setPkg(null);
    setFileProblem(null);
    if (!file) return;
    try {
      const parsed = libraryPackageSchema.safeParse(JSON.parse(await file.text()));
      if (parsed.success) setPkg(parsed.data);
      else setFileProblem(parsed.error.issues[0]?.message ?? "This file is not a stage package.");
    } catch {
      setFileProblem("This file is not a Throughline library package (it is not JSON).");
    }
  };

  return (
    <FormCard
      title="Share with another installation"
      description="Download one of your stages as a package file, or import a package file another installation gave you."
      onSubmit={() => {
        if (pkg) importFile.mutate({ programId, package: pkg });
        else setFileProblem("Choose a package file to import.");
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          label="Stage to export"
          value={stageId}
          onChange={(event) => setStageId(event.target.value)}
        >
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.title}
            </option>
          ))}
        </SelectField>
        <Button type="button" variant="secondary" onClick={() => void exportStage()}>
          Download package
        </Button>
      </div>
      {exportProblem ? <Alert variant="error">{exportProblem}</Alert> : null}
      <FormField
        label="Package file to import"
        type="file"
        accept="application/json,.json"
        error={fileProblem ?? importFile.error?.message ?? null}
        onChange={(event) => void readFile(event.target.files?.[0])}
      />
      <ProgramSelect
        label="Import the file into program"
        programs={programs}
        value={programId}
        error={importFile.error}
        onChange={setProgramId}
      />
      <SaveFooter save={importFile} label="Import the file" pendingLabel="Importing…" />
      {importFile.data ? (
        <Alert variant="success" title="Imported">
          <Link to={`/framework/stages/${importFile.data.stageId}`}>Open the copy</Link> to adapt
          it.
        </Alert>
      ) : null}
    </FormCard>
  );
}
