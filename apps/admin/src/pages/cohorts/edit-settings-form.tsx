import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { fieldError } from "@throughline/ui/field-error";
import { Loading } from "@throughline/ui/loading";
import { type FormEvent, useState } from "react";
import { draftFromCohort, type SettingsDraft, settingsInput } from "./settings-draft.ts";
import { SettingsFields } from "./settings-fields.tsx";
import type { CohortDetail } from "./types.ts";

/** Changes the coach, the pace (a dated cohort's dates are written again) and the workshop. */
export function EditSettingsForm({ cohort, onDone }: { cohort: CohortDetail; onDone: () => void }) {
  const queryClient = useQueryClient();
  const options = useQuery(trpc.cohortAdmin.formOptions.queryOptions());
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromCohort(cohort));
  const save = useMutation(
    trpc.cohortAdmin.update.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.cohortAdmin.detail.queryKey({ cohortId: cohort.id }), saved);
        await queryClient.invalidateQueries(trpc.cohortAdmin.list.queryFilter());
        onDone();
      },
    }),
  );
  const errorOf = (path: string) => fieldError(save.error, path);
  const change = (next: Partial<SettingsDraft>) => {
    save.reset();
    setDraft({ ...draft, ...next });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ cohortId: cohort.id, ...settingsInput(draft) });
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>Edit settings</CardTitle>
      </CardHeader>
      <CardContent>
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
                {save.error.data?.fieldErrors
                  ? "Check the fields marked above."
                  : save.error.message}
              </Alert>
            ) : null}
            <div className="flex flex-wrap gap-3">
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? "Saving…" : "Save settings"}
              </Button>
              <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
                Cancel
              </Button>
            </div>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
