import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { Link, useParams } from "react-router";
import { AccessCard } from "./access-card.tsx";
import { PersonForm, personInput } from "./person-form.tsx";
import type { PeopleOptions, PersonDetail } from "./types.ts";

/** One person: details and roles, teams, sign-in and active status. */
export function PersonPage() {
  const { personId = "" } = useParams();
  const options = useQuery(trpc.peopleAdmin.options.queryOptions());
  const person = useQuery(trpc.peopleAdmin.detail.queryOptions({ personId }));
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  if (options.isPending || person.isPending) return <Loading label="Loading the person…" />;
  if (options.isError || person.isError) {
    return (
      <>
        <PageHeader title="Person" />
        <ErrorState
          message={person.error?.message ?? "We could not load this person."}
          onRetry={() => {
            void options.refetch();
            void person.refetch();
          }}
          retrying={options.isFetching || person.isFetching}
        />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={person.data.displayName}
        description={
          <>
            {person.data.email} ·{" "}
            <Link to="/people" className="text-primary underline">
              All people
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <DetailsCard person={person.data} options={options.data} />
        <div className="flex flex-col gap-6">
          <AccessCard person={person.data} isSelf={viewer.data?.person.id === person.data.id} />
          <TeamsCard person={person.data} />
        </div>
      </div>
    </>
  );
}

function DetailsCard({ person, options }: { person: PersonDetail; options: PeopleOptions }) {
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.peopleAdmin.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.peopleAdmin.pathFilter());
      },
    }),
  );
  return (
    <TitledCard title="Details and roles" contentClassName="flex flex-col gap-4">
      {update.isSuccess ? <Alert variant="success">Saved.</Alert> : null}
      <PersonForm
        // Keyed by the saved values, so after a save the form starts from what the server holds.
        key={JSON.stringify([person.displayName, person.email, person.roles])}
        initial={{
          displayName: person.displayName,
          email: person.email,
          roles: person.roles.map((role) => ({
            role: role.role,
            schoolId: role.schoolId ?? "",
            schoolName: role.schoolName,
          })),
        }}
        options={options}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        save={update}
        failedTitle="The changes were not saved"
        onSubmit={(draft) => update.mutate({ personId: person.id, ...personInput(draft) })}
      />
    </TitledCard>
  );
}

function TeamsCard({ person }: { person: PersonDetail }) {
  return (
    <TitledCard title="Teams" contentClassName="flex flex-col gap-3 text-sm">
      {person.teams.length === 0 ? (
        <p className="text-muted-foreground">Not on a team.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {person.teams.map((team) => (
            <li key={team.id}>
              {team.name} <span className="text-muted-foreground">· {team.schoolName}</span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/people/teams" className="font-medium text-primary underline">
        Manage teams
      </Link>
    </TitledCard>
  );
}
