import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { DataTable } from "@throughline/ui/data-table";
import { ErrorState } from "@throughline/ui/error-state";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { PendingButton } from "@throughline/ui/pending-button";
import { TitledCard } from "@throughline/ui/titled-card";
import { type FormEvent, useState } from "react";
import { PeopleTabs } from "./people-tabs.tsx";
import type { AdminSchool } from "./types.ts";

/** The district's schools. District admins add and rename them; schools are never deleted. */
export function SchoolsPage() {
  const options = useQuery(trpc.peopleAdmin.options.queryOptions());
  const schools = useQuery(trpc.peopleAdmin.schools.queryOptions());
  const header = (
    <PageHeader
      title="Schools"
      description="Schools are renamed, never deleted: their history stays."
    />
  );
  if (schools.isPending || options.isPending) return <Loading label="Loading the schools…" />;
  if (schools.isError || options.isError) {
    return (
      <>
        {header}
        <ErrorState
          message="We could not load the schools."
          onRetry={() => void schools.refetch()}
          retrying={schools.isFetching}
        />
      </>
    );
  }
  const canEdit = options.data.districtWide;
  return (
    <>
      {header}
      <PeopleTabs />
      <div className="flex flex-col gap-6">
        {canEdit ? <AddSchoolCard /> : null}
        <DataTable
          scrollLabel="Schools"
          rows={schools.data}
          columns={[
            { header: "Name", className: "font-medium", cell: (school) => school.name },
            { header: "People", numeric: true, cell: (school) => school.peopleCount },
            { header: "Teams", numeric: true, cell: (school) => school.teamCount },
            {
              header: "Source",
              cell: (school) => (school.fromRoster ? "Roster import" : "Added here"),
            },
            ...(canEdit
              ? [
                  {
                    header: "Rename",
                    cell: (school: AdminSchool) => <RenameSchool school={school} />,
                  },
                ]
              : []),
          ]}
        />
      </div>
    </>
  );
}

function AddSchoolCard() {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.peopleAdmin.createSchool.mutationOptions({
      onSuccess: async () => {
        setName("");
        await queryClient.invalidateQueries(trpc.peopleAdmin.pathFilter());
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name });
  };
  return (
    <TitledCard title="Add a school">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3">
        <FormField
          label="School name"
          className="min-w-64 flex-1"
          value={name}
          disabled={create.isPending}
          error={fieldError(create.error, "name", { orGeneral: true })}
          onChange={(event) => {
            create.reset();
            setName(event.target.value);
          }}
        />
        <PendingButton
          type="submit"
          className="mt-7"
          pending={create.isPending}
          pendingLabel="Adding…"
        >
          Add school
        </PendingButton>
      </form>
      {create.isSuccess ? (
        <p role="status" className="mt-2 text-sm font-medium text-success">
          School added.
        </p>
      ) : null}
    </TitledCard>
  );
}

/** A school's rename button, and the form it opens in place. */
function RenameSchool({ school }: { school: AdminSchool }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(school.name);
  const rename = useMutation(
    trpc.peopleAdmin.renameSchool.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await queryClient.invalidateQueries(trpc.peopleAdmin.pathFilter());
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate({ schoolId: school.id, name });
  };
  return editing ? (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-2">
      <FormField
        label={`New name for ${school.name}`}
        value={name}
        disabled={rename.isPending}
        error={rename.error ? fieldError(rename.error, "name", { orGeneral: true }) : null}
        onChange={(event) => {
          rename.reset();
          setName(event.target.value);
        }}
      />
      <div className="mt-7 flex gap-2">
        <PendingButton type="submit" size="sm" pending={rename.isPending}>
          Save
        </PendingButton>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => {
            rename.reset();
            setName(school.name);
            setEditing(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  ) : (
    <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
      Rename<span className="sr-only"> {school.name}</span>
    </Button>
  );
}
