import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { NumberField } from "@throughline/ui/number-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import type { ReviewSettings } from "./types.ts";

/** How the district's micro-credential reviews work. */
export function ReviewSettingsForm({ settings }: { settings: ReviewSettings }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ ...settings, waitingDays: String(settings.waitingDays) });
  const save = useMutation(
    trpc.credentialAdmin.saveReviewSettings.mutationOptions({
      onSuccess: (saved) =>
        queryClient.setQueryData(trpc.credentialAdmin.reviewSettings.queryKey(), saved),
    }),
  );
  const change = (next: Partial<typeof draft>) => {
    save.reset();
    setDraft({ ...draft, ...next });
  };
  const submit = () => {
    const days = draft.waitingDays.trim() === "" ? Number.NaN : Number(draft.waitingDays);
    save.mutate({ ...draft, waitingDays: days });
  };
  const busy = save.isPending;
  const field = draftField({
    draft,
    disabled: busy,
    errorOf: (path) => fieldError(save.error, path),
    onChange: change,
  });

  return (
    <FormCard
      title="Review settings"
      description="Apply to every micro-credential of the district."
      onSubmit={submit}
    >
      <CheckboxField
        label="Reviewers never review teachers they coach"
        checked={draft.excludesCoached}
        disabled={busy}
        onChange={(excludesCoached) => change({ excludesCoached })}
      />
      <CheckboxField
        label="Blind review"
        hint="Reviewers do not see the teacher's name and school."
        checked={draft.blind}
        disabled={busy}
        onChange={(blind) => change({ blind })}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-foreground">Reviews required</legend>
        {([1, 2] as const).map((count) => (
          <label key={count} className="flex items-center gap-2 text-sm text-foreground">
            <input
              type="radio"
              name="reviews-required"
              className="size-4"
              checked={draft.reviewsRequired === count}
              disabled={busy}
              onChange={() => change({ reviewsRequired: count })}
            />
            {count === 1 ? "One" : "Two (a lead reviewer decides disagreements)"}
          </label>
        ))}
      </fieldset>
      <NumberField
        label="Flag submissions waiting longer than (days)"
        min={1}
        className="max-w-xs"
        {...field("waitingDays")}
      />
      <SaveFooter
        save={save}
        label="Save the settings"
        savedTitle="Review settings saved"
        failedTitle="The settings were not saved"
      />
    </FormCard>
  );
}
