import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent } from "@throughline/ui/card";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { PageHeader } from "@throughline/ui/page-header";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { SchoolSelect } from "../../lib/school-picker.tsx";
import { StageOptions } from "../../lib/stage-options.tsx";
import { emptySettings, type SettingsDraft, settingsInput } from "./settings-draft.ts";
import { SettingsFields } from "./settings-fields.tsx";
import type { FormOptions } from "./types.ts";

/** A new cohort: where, which stage, which year, who coaches it, its pace and its workshop. */
export function NewCohortPage() {
  const options = useQuery(trpc.cohortAdmin.formOptions.queryOptions());
  return (
    <>
      <PageHeader
        title="New cohort"
        description="Teachers of one school going through one stage together in a school year."
      />
      <QueryView
        query={options}
        loading="Loading the form…"
        errorTitle="We could not load the schools, stages and coaches"
      >
        {(data) => <NewCohortForm options={data} />}
      </QueryView>
    </>
  );
}

function NewCohortForm({ options }: { options: FormOptions }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [place, setPlace] = useState({
    schoolId: options.schools.length === 1 ? (options.schools[0]?.id ?? "") : "",
    stageId: "",
    name: "",
    schoolYear: options.currentSchoolYear,
  });
  const [settings, setSettings] = useState<SettingsDraft>(emptySettings);
  const create = useMutation(
    trpc.cohortAdmin.create.mutationOptions({
      onSuccess: async ({ cohortId }) => {
        await queryClient.invalidateQueries(trpc.cohortAdmin.list.queryFilter());
        await navigate(`/cohorts/${cohortId}`);
      },
    }),
  );
  const errorOf = (path: string) => fieldError(create.error, path);
  const changePlace = (change: Partial<typeof place>) => {
    create.reset();
    setPlace({ ...place, ...change });
  };
  const changeSettings = (change: Partial<SettingsDraft>) => {
    create.reset();
    setSettings({ ...settings, ...change });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ...place, ...settingsInput(settings) });
  };
  const busy = create.isPending;
  const field = draftField({ draft: place, disabled: busy, errorOf, onChange: changePlace });

  return (
    <Card>
      <CardContent className="pt-6">
        <form onSubmit={submit} noValidate className="flex flex-col gap-8">
          <section aria-labelledby="cohort-heading" className="flex flex-col gap-4">
            <h2 id="cohort-heading" className="text-lg font-semibold">
              Cohort
            </h2>
            <div className="grid gap-4 sm:grid-cols-2">
              <SchoolSelect
                schools={options.schools}
                emptyLabel="Choose a school"
                value={place.schoolId}
                disabled={busy}
                error={errorOf("schoolId")}
                onChange={(schoolId) => changePlace({ schoolId })}
              />
              <SelectField label="Stage" {...field("stageId")}>
                <option value="">Choose a stage</option>
                <StageOptions stages={options.stages} />
              </SelectField>
              <FormField
                label="Name"
                hint="Shown to the teachers, e.g. “Maple Valley Elementary · Stage 3 · 2026-27”."
                {...field("name")}
              />
              <FormField label="School year" hint="Like 2026-27." {...field("schoolYear")} />
            </div>
          </section>
          <SettingsFields
            draft={settings}
            coaches={options.coaches}
            disabled={busy}
            errorOf={errorOf}
            onChange={changeSettings}
          />
          {create.isError ? (
            <Alert variant="error" title="The cohort was not created">
              {create.error.data?.fieldErrors
                ? "Check the fields marked above."
                : create.error.message}
            </Alert>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={busy}>
              {busy ? "Creating…" : "Create cohort"}
            </Button>
            <Link to="/cohorts" className="text-sm font-medium text-primary underline">
              Cancel
            </Link>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
