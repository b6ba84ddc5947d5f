import { useQuery } from "@tanstack/react-query";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { UsersRound } from "lucide-react";
import { trpc } from "../lib/trpc.ts";
import { TeamCard } from "./team-card.tsx";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function HomePage() {
  const home = useQuery(trpc.coach.home.queryOptions());

  if (home.isPending) return <Loading label="Loading your caseload…" />;
  if (home.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="Your caseload could not be loaded"
        message={home.error.message}
        onRetry={() => {
          void home.refetch();
        }}
        retrying={home.isFetching}
      />
    );
  }

  const { teams } = home.data;
  const teachers = new Set(teams.flatMap((team) => team.members.map((m) => m.personId))).size;
  return (
    <>
      <PageHeader
        title="My caseload"
        description={
          teams.length > 0
            ? `${plural(teams.length, "team", "teams")} · ${plural(teachers, "teacher", "teachers")}`
            : undefined
        }
      />
      {teams.length > 0 ? (
        <ul className="flex flex-col gap-6">
          {teams.map((team) => (
            <li key={team.id}>
              <section aria-labelledby={`team-${team.id}`}>
                <TeamCard team={team} />
              </section>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No teams yet" icon={UsersRound}>
          <p>
            When you are made the coach or facilitator of a team, its teachers and their progress
            appear here.
          </p>
        </EmptyState>
      )}
    </>
  );
}
