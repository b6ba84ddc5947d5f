import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { Plus, UsersRound } from "lucide-react";
import { useState } from "react";
import { PeopleTabs } from "./people-tabs.tsx";
import { teamKindLabels } from "./role-label.ts";
import { TeamForm } from "./team-form.tsx";

/** PLCs, grade-level teams and departments of the viewer's schools. */
export function TeamsPage() {
  const options = useQuery(trpc.peopleAdmin.options.queryOptions());
  const teams = useQuery(trpc.peopleAdmin.teams.queryOptions());
  /** "new", a team id, or null when no form is open. */
  const [editing, setEditing] = useState<string | null>(null);
  const header = (
    <PageHeader
      title="Teams"
      description="Each team belongs to one school; its members meet in support meetings."
      aside={
        <Button onClick={() => setEditing("new")} disabled={editing === "new"}>
          <Plus aria-hidden="true" />
          New team
        </Button>
      }
    />
  );
  if (teams.isPending || options.isPending) return <Loading label="Loading the teams…" />;
  if (teams.isError || options.isError) {
    return (
      <>
        {header}
        <ErrorState
          message="We could not load the teams."
          onRetry={() => void teams.refetch()}
          retrying={teams.isFetching}
        />
      </>
    );
  }
  const editedTeam = teams.data.find((team) => team.id === editing) ?? null;
  return (
    <>
      {header}
      <PeopleTabs />
      <div className="flex flex-col gap-6">
        {editing ? (
          <TitledCard title={editedTeam ? `Edit ${editedTeam.name}` : "New team"}>
            <TeamForm
              key={editing}
              team={editedTeam}
              options={options.data}
              onDone={() => setEditing(null)}
            />
          </TitledCard>
        ) : null}
        {teams.data.length === 0 ? (
          <EmptyState title="No teams yet" icon={UsersRound}>
            <p>Create a team for a school, then choose its facilitator and members.</p>
          </EmptyState>
        ) : (
          <DataTable
            scrollLabel="Teams"
            rows={teams.data}
            columns={[
              { header: "Name", className: "font-medium", cell: (team) => team.name },
              { header: "School", cell: (team) => team.school.name },
              { header: "Kind", cell: (team) => teamKindLabels[team.kind] },
              { header: "Facilitator", cell: (team) => team.facilitator?.displayName ?? "None" },
              { header: "Members", numeric: true, cell: (team) => team.members.length },
              {
                header: "Edit",
                cell: (team) => (
                  <Button size="sm" variant="secondary" onClick={() => setEditing(team.id)}>
                    Edit<span className="sr-only"> {team.name}</span>
                  </Button>
                ),
              },
            ]}
          />
        )}
      </div>
    </>
  );
}
