import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { formatFileSize } from "@throughline/domain/evidence";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormCard } from "@throughline/ui/form-card";
import { NumberField } from "@throughline/ui/number-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useId, useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";

const MB = 1024 ** 2;

interface VideoSettingsData {
  maxMegabytes: number;
  retentionDays: number | null;
  consentRule: string;
  defaultConsentRule: string;
}

/** A number typed in a field, or NaN, which the server names as "must be a number". */
function numberOf(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

/**
 * The three settings in one form. The server checks every value and its message stands under
 * the field it is about; the limit is also shown as the size teachers read ("2 GB").
 */
export function VideoSettingsForm({ settings }: { settings: VideoSettingsData }) {
  const queryClient = useQueryClient();
  const formId = useId();
  const [megabytes, setMegabytes] = useState(String(settings.maxMegabytes));
  const [keepForever, setKeepForever] = useState(settings.retentionDays === null);
  const [days, setDays] = useState(String(settings.retentionDays ?? 365));
  const [consentRule, setConsentRule] = useState(settings.consentRule);
  const save = useMutation(
    trpc.video.saveSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.video.settings.queryKey() }),
    }),
  );
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      save.reset();
      set(value);
    };
  const submit = () => {
    save.mutate({
      maxMegabytes: numberOf(megabytes),
      retentionDays: keepForever ? null : numberOf(days),
      consentRule: consentRule.trim() === "" ? null : consentRule,
    });
  };
  const busy = save.isPending;
  const limit = numberOf(megabytes);
  const retentionError = fieldError(save.error, "retentionDays");

  return (
    <FormCard
      title="Video settings"
      description="Changes apply to videos uploaded from now on; a video already uploaded keeps the deletion date its teacher was shown."
      onSubmit={submit}
      className="gap-6"
    >
      <NumberField
        label="Upload limit (MB)"
        hint={`The largest video a teacher may upload, from 10 MB to 20,480 MB (20 GB).${
          Number.isFinite(limit) && limit > 0
            ? ` Teachers see: up to ${formatFileSize(limit * MB)}.`
            : ""
        }`}
        className="max-w-md"
        min={10}
        max={20_480}
        value={megabytes}
        disabled={busy}
        error={fieldError(save.error, "maxMegabytes")}
        onChange={(event) => edit(setMegabytes)(event.target.value)}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-foreground">Keep videos</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name={`${formId}-retention`}
            className="size-5 shrink-0 accent-primary"
            checked={!keepForever}
            disabled={busy}
            onChange={() => edit(setKeepForever)(false)}
          />
          <span>For a number of days, then delete them with their comments and clips</span>
        </label>
        {keepForever ? null : (
          <div className="ml-8">
            <NumberField
              label="Days after upload"
              className="w-32"
              min={1}
              max={3650}
              value={days}
              disabled={busy}
              error={retentionError}
              onChange={(event) => edit(setDays)(event.target.value)}
            />
          </div>
        )}
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name={`${formId}-retention`}
            className="size-5 shrink-0 accent-primary"
            checked={keepForever}
            disabled={busy}
            onChange={() => edit(setKeepForever)(true)}
          />
          <span>Until the teacher deletes them</span>
        </label>
        {keepForever ? (
          <FieldMessage id={`${formId}-retention-error`} message={retentionError} />
        ) : null}
      </fieldset>
      <div className="flex flex-col gap-2">
        <TextAreaField
          label="Student-consent rule"
          hint="Teachers confirm this before they share a video. Leave it empty for the standard wording."
          rows={4}
          maxLength={1000}
          value={consentRule}
          disabled={busy}
          error={fieldError(save.error, "consentRule")}
          onChange={(event) => edit(setConsentRule)(event.target.value)}
        />
        {consentRule === settings.defaultConsentRule ? null : (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="self-start"
            disabled={busy}
            onClick={() => edit(setConsentRule)(settings.defaultConsentRule)}
          >
            Use the standard wording
          </Button>
        )}
      </div>
      <SaveFooter
        save={save}
        label="Save video settings"
        savedTitle="Video settings saved"
        savedMessage="Teachers see the new limit and consent rule on their next visit to the video page."
        failedTitle="The video settings were not saved"
      />
    </FormCard>
  );
}
