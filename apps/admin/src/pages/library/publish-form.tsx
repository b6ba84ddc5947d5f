import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { libraryLicenses, licenseUrls } from "@throughline/domain/library";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useEffect, useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import {
  firstSource,
  type SourceChoice,
  SourcePicker,
  useChosenSessionId,
} from "./source-picker.tsx";
import { kindLabels, type ShareableSources } from "./types.ts";

type License = (typeof libraryLicenses)[number];

/**
 * Shares one of the district's programs, stages, MicroPD sessions or micro-credentials with
 * every district on this installation, under a Creative Commons license: publishing the same
 * one again makes a new version, which the districts that imported it are offered to review.
 */
export function PublishForm({
  sources,
  districtName,
  initial,
}: {
  sources: ShareableSources;
  districtName: string;
  /** Chosen by the page that sent the admin here ("Share to library"). */
  initial: SourceChoice | null;
}) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<SourceChoice>(initial ?? firstSource("stage", sources));
  const [license, setLicense] = useState<License>("CC BY 4.0");
  const [attribution, setAttribution] = useState(districtName);
  const [notes, setNotes] = useState("");
  const sessionId = useChosenSessionId(choice);
  // Sent here by "Share to library": bring the form, with its choice made, into view.
  const linked = initial !== null;
  useEffect(() => {
    if (linked) document.getElementById("share")?.scrollIntoView();
  }, [linked]);
  const options = {
    onSuccess: () => {
      setNotes("");
      return queryClient.invalidateQueries(trpc.sharedLibrary.items.queryFilter());
    },
  };
  const mutations = {
    stage: useMutation(trpc.sharedLibrary.publishStage.mutationOptions(options)),
    program: useMutation(trpc.sharedLibrary.publishProgram.mutationOptions(options)),
    session: useMutation(trpc.sharedLibrary.publishSession.mutationOptions(options)),
    credential: useMutation(trpc.sharedLibrary.publishCredential.mutationOptions(options)),
  };
  const publish = mutations[choice.kind];
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      publish.reset();
      set(value);
    };
  const submit = () => {
    const terms = { license, attribution, notes };
    if (choice.kind === "stage") mutations.stage.mutate({ stageId: choice.sourceId, ...terms });
    else if (choice.kind === "program")
      mutations.program.mutate({ programId: choice.sourceId, ...terms });
    else if (choice.kind === "session") mutations.session.mutate({ sessionId, ...terms });
    else mutations.credential.mutate({ credentialId: choice.sourceId, ...terms });
  };
  const what = kindLabels[choice.kind].toLowerCase();
  return (
    <FormCard
      title="Share with the library"
      description="Every district on this installation can import a copy to adapt. Sharing the same one again shares a new version."
      onSubmit={submit}
    >
      <SourcePicker
        sources={sources}
        choice={choice}
        onChange={change(setChoice)}
        error={publish.error}
        verb="share"
      />
      <SelectField
        label="License"
        value={license}
        error={fieldError(publish.error, "license")}
        onChange={(event) => change(setLicense)(event.target.value as License)}
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
      {choice.kind === "credential" ? (
        <p className="text-sm text-muted-foreground">
          Shared: the definition, evidence requirements, rubric, passing rule, indicators and badge
          details. Not shared: reviewers, calibration samples (teachers' work) and the badge image.
        </p>
      ) : null}
      <SaveFooter
        save={publish}
        label={`Share the ${what}`}
        pendingLabel="Sharing…"
        savedTitle={publish.data ? `Shared as version ${publish.data.version}` : "Shared"}
        savedMessage="It is in the shared library."
        failedTitle={`The ${what} was not shared`}
      />
    </FormCard>
  );
}
