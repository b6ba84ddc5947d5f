import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import {
  checkCertificateFile,
  EXTERNAL_PD_CERTIFICATE_ACCEPT,
  EXTERNAL_PD_MAX_HOURS,
  externalPdKindLabels,
  externalPdKindSchema,
} from "@throughline/domain/external-pd";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { NumberField } from "@throughline/ui/number-field";
import { PendingButton } from "@throughline/ui/pending-button";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { CertificateField } from "./certificate-field.tsx";
import { uploadCertificate } from "./certificate-upload.ts";
import { emptyRequestDraft, inputOf, type RequestDraft } from "./request-draft.ts";

const fieldPaths = ["title", "provider", "kind", "startOn", "endOn", "hours", "description"];

interface Saved {
  requestId: string;
  certificate: { id: string; fileName: string } | null;
}

/**
 * Asking for credit: the learning's facts and its certificate. The request is saved first, then
 * the certificate is sent with its progress; if the file is refused the request stays saved and
 * the message sits beside the file field, so choosing another file and sending again finishes it.
 */
export function RequestForm({
  initial = emptyRequestDraft,
  saved: savedBefore = null,
  submitLabel,
  onDone,
}: {
  initial?: RequestDraft;
  saved?: Saved | null;
  submitLabel: string;
  onDone: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<Saved | null>(savedBefore);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const submit = useMutation(trpc.externalPd.submit.mutationOptions());
  const update = useMutation(trpc.externalPd.update.mutationOptions());
  const error = submit.error ?? update.error;
  const busy = submit.isPending || update.isPending || progress !== null;

  const change = (patch: Partial<RequestDraft>) => {
    submit.reset();
    update.reset();
    setDraft((before) => ({ ...before, ...patch }));
  };
  const field = draftField({
    draft,
    disabled: busy,
    errorOf: (path) => fieldError(error, path),
    onChange: change,
  });

  async function send() {
    if (!file && !saved?.certificate) {
      setFileProblem("Attach your certificate (a PDF, PNG or JPEG).");
      return;
    }
    const input = inputOf(draft);
    const requestId = saved
      ? (await update.mutateAsync({ ...input, requestId: saved.requestId }).catch(() => null))
          ?.requestId
      : (await submit.mutateAsync(input).catch(() => null))?.requestId;
    if (!requestId) return;
    setSaved((before) => ({ requestId, certificate: before?.certificate ?? null }));
    await queryClient.invalidateQueries(trpc.externalPd.mine.queryFilter());
    if (file) {
      setProgress(0);
      const answer = await uploadCertificate(requestId, file, setProgress);
      setProgress(null);
      if (!answer.ok) {
        setFileProblem(`Your request is saved, but not the certificate: ${answer.message}`);
        return;
      }
      setSaved({ requestId, certificate: { id: answer.certificateId, fileName: file.name } });
      setFile(null);
      await queryClient.invalidateQueries(trpc.externalPd.mine.queryFilter());
    }
    onDone(`“${draft.title.trim()}” was sent for review.`);
  }

  return (
    <FormCard
      title="The learning"
      description="What you took, who provided it, when, and how many hours it was. Your principal or the district's PD office reviews it."
      onSubmit={() => void send()}
    >
      <FormField label="Title" autoComplete="off" {...field("title")} />
      <FormField
        label="Provider"
        hint="The organisation that ran it, e.g. International Baccalaureate, ASCD, a university."
        {...field("provider")}
      />
      <SelectField label="Kind" {...field("kind")}>
        <option value="">Choose a kind</option>
        {externalPdKindSchema.options.map((kind) => (
          <option key={kind} value={kind}>
            {externalPdKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="Start date" type="date" {...field("startOn")} />
        <FormField label="End date" type="date" {...field("endOn")} />
        <NumberField
          label="Hours"
          inputMode="decimal"
          step={0.1}
          min={0.1}
          max={EXTERNAL_PD_MAX_HOURS}
          hint="Contact hours, to one decimal."
          {...field("hours")}
        />
      </div>
      <TextAreaField
        label="Description (optional)"
        hint="What you learned and how it connects to your classroom."
        {...field("description")}
      />
      <CertificateField
        accept={EXTERNAL_PD_CERTIFICATE_ACCEPT}
        current={saved?.certificate ?? null}
        chosen={file}
        progress={progress}
        error={fileProblem}
        disabled={busy}
        onChoose={(chosen) => {
          const refused = chosen
            ? checkCertificateFile({
                fileName: chosen.name,
                contentType: chosen.type,
                sizeBytes: chosen.size,
              })
            : null;
          setFileProblem(refused);
          setFile(refused ? null : chosen);
        }}
      />
      <FormAlert message={formError(error, fieldPaths)} />
      <div>
        <PendingButton type="submit" pending={busy} pendingLabel="Sending…">
          {submitLabel}
        </PendingButton>
      </div>
    </FormCard>
  );
}
