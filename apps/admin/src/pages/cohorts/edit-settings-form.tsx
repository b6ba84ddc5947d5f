import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { DraftGuard } from "@throughline/ui/draft-guard";
import { fieldError } from "@throughline/ui/field-error";
import { Loading } from "@throughline/ui/loading";
import { PendingButton } from "@throughline/ui/pending-button";
import { TitledCard } from "@throughline/ui/titled-card";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { type FormEvent, useState } from "react";
import { draftFromCohort, type SettingsDraft, settingsInput } from "./settings-draft.ts";
import { SettingsFields } from "./settings-fields.tsx";
import type { CohortDetail } from "./types.ts";

/** Changes the coach, the pace (a dated cohort's dates are written again) and the workshop. */
export function EditSettingsForm({ cohort, onDone }: { cohort: CohortDetail; onDone: () => void }) {
  const queryClient = useQueryClient();
  const options = useQuery(trpc.cohortAdmin.formOptions.queryOptions());
  const [serverCopy] = useState<SettingsDraft>(() => draftFromCohort(cohort));
  // Edits stay on this device until saved: a reload or a wrong tap brings them back.
  const device = useAutosaveDraft<SettingsDraft>({
    key: `cohort-settings:${cohort.id}`,
    saved: serverCopy,
  });
  const draft = device.value;
  const save = useMutation(
    trpc.cohortAdmin.update.mutationOptions({
      onSuccess: async (saved) => {
        device.markSaved(draft);
        queryClient.setQueryData(trpc.cohortAdmin.detail.queryKey({ cohortId: cohort.id }), saved);
        await queryClient.invalidateQueries(trpc.cohortAdmin.list.queryFilter());
        onDone();
      },
    }),
  );
  const errorOf = (path: string) => fieldError(save.error, path);
  const change = (next: Partial<SettingsDraft>) => {
    save.reset();
    device.setValue({ ...draft, ...next });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ cohortId: cohort.id, ...settingsInput(draft) });
  };

  return (
    <TitledCard title="Edit settings">
      {options.isPending ? (
        <Loading label="Loading the coaches…" />
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-8">
          <SettingsFields
            draft={draft}
            coaches={options.data?.coaches ?? []}
            disabled={save.isPending}
            errorOf={errorOf}
            onChange={change}
          />
          {save.isError ? (
            <Alert variant="error" title="The settings were not saved">
              {save.error.data?.fieldErrors ? "Check the fields marked above." : save.error.message}
            </Alert>
          ) : null}
          {device.restored && device.dirty ? (
            <Alert variant="info" title="Your unsaved edits are back">
              This device kept them. Save the settings to keep them, or cancel to drop them.
            </Alert>
          ) : null}
          <DraftGuard
            state={device.state}
            dirty={device.dirty}
            saving={save.isPending}
            show="always"
          />
          <div className="flex flex-wrap gap-3">
            <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
              Save settings
            </PendingButton>
            <PendingButton
              variant="secondary"
              onClick={() => {
                device.discard();
                onDone();
              }}
              pending={save.isPending}
            >
              Cancel
            </PendingButton>
          </div>
        </form>
      )}
    </TitledCard>
  );
}
