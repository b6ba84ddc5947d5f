import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import {
  type LibraryPackage,
  libraryPackageSchema,
  packageTitle,
} from "@throughline/domain/library";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { firstTargets, ImportedAlert, ImportTargetFields, targetFor } from "./import-target.tsx";
import {
  firstSource,
  type SourceChoice,
  SourcePicker,
  useChosenSessionId,
} from "./source-picker.tsx";
import { kindLabels, type ShareableSources } from "./types.ts";

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
 * Sharing with another installation: a program, stage, session or micro-credential exported as
 * a package file (JSON with its content blocks; videos and documents travel as their links),
 * and a package file imported as a copy.
 */
export function PackageFileCard({ sources }: { sources: ShareableSources }) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<SourceChoice>(firstSource("stage", sources));
  const sessionId = useChosenSessionId(choice);
  const [targets, setTargets] = useState(firstTargets(sources.programs, sources.stages));
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [pkg, setPkg] = useState<LibraryPackage | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const importFile = useMutation(
    trpc.sharedLibrary.importPackage.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  );

  const fetchPackage = (): Promise<LibraryPackage> => {
    const { sharedLibrary } = trpc;
    if (choice.kind === "program")
      return queryClient.fetchQuery(
        sharedLibrary.exportProgram.queryOptions({ programId: choice.sourceId }),
      );
    if (choice.kind === "session")
      return queryClient.fetchQuery(sharedLibrary.exportSession.queryOptions({ sessionId }));
    if (choice.kind === "credential")
      return queryClient.fetchQuery(
        sharedLibrary.exportCredential.queryOptions({ credentialId: choice.sourceId }),
      );
    return queryClient.fetchQuery(
      sharedLibrary.exportStage.queryOptions({ stageId: choice.sourceId }),
    );
  };

  const exportPackage = async () => {
    setExportProblem(null);
    try {
      const found = await fetchPackage();
      const name = packageTitle(found)
        .replace(/[^\w-]+/g, "-")
        .toLowerCase();
      download(`${found.kind}-${name}.json`, JSON.stringify(found, null, 2));
    } catch (error) {
      setExportProblem(error instanceof Error ? error.message : "It could not be exported.");
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
      else setFileProblem(parsed.error.issues[0]?.message ?? "This file is not a package.");
    } catch {
      setFileProblem("This file is not a Throughline library package (it is not JSON).");
    }
  };

  return (
    <FormCard
      title="Share with another installation"
      description="Download a package file of yours, or import a package file another installation gave you. Videos and documents travel as their links, not as files."
      onSubmit={() => {
        if (pkg) importFile.mutate({ package: pkg, ...targetFor(pkg.kind, targets) });
        else setFileProblem("Choose a package file to import.");
      }}
    >
      <SourcePicker
        sources={sources}
        choice={choice}
        onChange={setChoice}
        error={null}
        verb="export"
      />
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        onClick={() => void exportPackage()}
      >
        Download package
      </Button>
      {exportProblem ? <Alert variant="error">{exportProblem}</Alert> : null}
      <FormField
        label="Package file to import"
        type="file"
        accept="application/json,.json"
        error={fileProblem ?? importFile.error?.message ?? null}
        onChange={(event) => void readFile(event.target.files?.[0])}
      />
      {pkg ? (
        <>
          <p className="text-sm text-foreground">
            {kindLabels[pkg.kind]} “{packageTitle(pkg)}” from {pkg.source.districtName}, version{" "}
            {pkg.source.version}, {pkg.license}. Credit: {pkg.attribution}
          </p>
          <ImportTargetFields
            kind={pkg.kind}
            programs={sources.programs}
            stages={sources.stages}
            targets={targets}
            error={importFile.error}
            onChange={setTargets}
          />
        </>
      ) : null}
      <SaveFooter save={importFile} label="Import the file" pendingLabel="Importing…" />
      {importFile.data ? <ImportedAlert copy={importFile.data} /> : null}
    </FormCard>
  );
}
