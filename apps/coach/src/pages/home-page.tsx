import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { DeferredQueryView } from "@throughline/app-kit/deferred-query-view";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { UsersRound } from "lucide-react";
import { Link, Navigate } from "react-router";
import { CaseloadView } from "./caseload/caseload-view.tsx";
import type { Caseload, CaseloadTeam } from "./caseload/types.ts";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The coach's teams, each a way into its team view. */
function TeamLinks({ teams }: { teams: readonly CaseloadTeam[] }) {
  return (
    <nav aria-label="Your teams" className="-mt-4 mb-6">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {teams.map((team) => (
          <li key={team.id}>
            <Link
              to={`/teams/${team.id}`}
              className="text-primary underline hover:text-primary-hover"
            >
              {team.name}
            </Link>{" "}
            <span className="text-muted-foreground">· {team.schoolName}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function HomePage() {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  const coach = viewer.data?.access.coach;
  // A partner district's reviewer has no caseload here: the review queue is their home.
  const reviewsOnly = coach?.allowed === true && coach.reviewsOnly === true;
  const caseload = useQuery({ ...trpc.caseload.mine.queryOptions(), enabled: !reviewsOnly });
  if (reviewsOnly) return <Navigate to="/reviews" replace />;
  return (
    <DeferredQueryView query={caseload} about="your caseload" headingLevel={1}>
      {(data) => <CaseloadHome data={data} />}
    </DeferredQueryView>
  );
}

/** The caseload once it came: the coach's teams, then their teachers to filter and sort. */
function CaseloadHome({ data }: { data: Caseload }) {
  const { teams, rows } = data;
  return (
    <>
      <PageHeader
        title="My caseload"
        description={
          teams.length > 0
            ? `${plural(teams.length, "team", "teams")} · ${plural(rows.length, "teacher", "teachers")}`
            : undefined
        }
      />
      {teams.length > 0 ? <TeamLinks teams={teams} /> : null}
      {teams.length > 0 ? (
        <CaseloadView caseload={data} />
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
