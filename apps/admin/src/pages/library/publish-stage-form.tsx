import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { libraryLicenses, licenseUrls } from "@throughline/domain/library";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import type { StageOption } from "./types.ts";

/**
 * Shares one of the district's stages with every district on this installation, under a
 * Creative Commons license: publishing the same stage again makes a new version, which the
 * districts that imported it are offered to review.
 */
export function PublishStageForm({
  stages,
  districtName,
}: {
  stages: readonly StageOption[];
  districtName: string;
}) {
  const queryClient = useQueryClient();
  const [stageId, setStageId] = useState(stages[0]?.id ?? "");
  const [license, setLicense] = useState<(typeof libraryLicenses)[number]>("CC BY 4.0");
  const [attribution, setAttribution] = useState(districtName);
  const [notes, setNotes] = useState("");
  const publish = useMutation(
    trpc.sharedLibrary.publishStage.mutationOptions({
      onSuccess: () => {
        setNotes("");
        return queryClient.invalidateQueries(trpc.sharedLibrary.items.queryFilter());
      },
    }),
  );
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      publish.reset();
      set(value);
    };
  return (
    <FormCard
      title="Share a stage"
      description="Every district on this installation can import a copy to adapt. Publishing a stage again shares a new version."
      onSubmit={() => publish.mutate({ stageId, license, attribution, notes })}
    >
      <SelectField
        label="Stage"
        value={stageId}
        error={fieldError(publish.error, "stageId")}
        onChange={(event) => change(setStageId)(event.target.value)}
      >
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="License"
        value={license}
        error={fieldError(publish.error, "license")}
        onChange={(event) =>
          change(setLicense)(event.target.value as (typeof libraryLicenses)[number])
        }
      >
        {libraryLicenses.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <p className="-mt-2 text-sm text-muted-foreground">
        <a href={licenseUrls[license]} target="_blank" rel="noreferrer">
          What {license} allows
        </a>
      </p>
      <FormField
        label="Attribution"
        hint="Whom importers credit, e.g. your district and the authors."
        value={attribution}
        error={fieldError(publish.error, "attribution")}
        onChange={(event) => change(setAttribution)(event.target.value)}
      />
      <TextAreaField
        label="What changed (optional)"
        hint="For a new version: the districts that imported it read this before updating."
        rows={3}
        value={notes}
        error={fieldError(publish.error, "notes")}
        onChange={(event) => change(setNotes)(event.target.value)}
      />
      <SaveFooter
        save={publish}
        label="Share the stage"
        pendingLabel="Sharing…"
        savedTitle={publish.data ? `Shared as version ${publish.data.version}` : "Shared"}
        savedMessage="It is in the shared library below."
        failedTitle="The stage was not shared"
      />
    </FormCard>
  );
}
