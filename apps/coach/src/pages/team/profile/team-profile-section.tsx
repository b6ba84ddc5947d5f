import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { CardDescription } from "@throughline/ui/card";
import { TitledCard } from "@throughline/ui/titled-card";
import { FocusForm } from "./focus-form.tsx";
import { FocusSummary } from "./focus-summary.tsx";
import { GoalProgressList } from "./goal-progress-list.tsx";
import { ProfileTable } from "./profile-table.tsx";
import type { TeamProfile } from "./types.ts";

/**
 * The team profile and next focus, for the team's facilitator only: anyone else (a coach who
 * does not facilitate it) is refused by the API and sees nothing here.
 */
export function TeamProfileSection({ teamId }: { teamId: string }) {
  const profile = useQuery(trpc.teamFocus.profile.queryOptions({ teamId }, { retry: false }));
  if (profile.error?.data?.code === "FORBIDDEN") return null;
  return (
    <QueryView query={profile} about="the team profile" headingLevel={2}>
      {(data) => <TeamProfileView data={data} />}
    </QueryView>
  );
}

/** The members' levels per indicator, goal progress, the focus so far and the form for the next. */
function TeamProfileView({ data }: { data: TeamProfile }) {
  return (
    <section aria-labelledby="profile-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="profile-heading" className="text-xl font-semibold">
          Team profile
        </h2>
        <p className="text-sm text-muted-foreground">
          {data.memberCount} members. Indicators fewer than 3 members have a rating on are withheld,
          so no one's own level shows as a team figure.
        </p>
      </div>
      <ProfileTable profile={data} />
      <div className="grid gap-6 lg:grid-cols-2">
        <TitledCard title="Goal progress" level={3}>
          <GoalProgressList goals={data.goals} />
        </TitledCard>
        <TitledCard title="Current focus" level={3} contentClassName="flex flex-col gap-3">
          {data.focus ? (
            <FocusSummary focus={data.focus} />
          ) : (
            <CardDescription>No focus set yet.</CardDescription>
          )}
          {data.history.length > 0 ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-primary">
                Earlier focuses ({data.history.length})
              </summary>
              <ul className="mt-2 flex flex-col gap-3">
                {data.history.map((focus) => (
                  <li key={focus.id}>
                    <FocusSummary focus={focus} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </TitledCard>
      </div>
      <TitledCard
        title="Set the next focus"
        level={3}
        description={`It becomes the team's recommended sessions on teammates' homes${
          data.nextMeeting ? ` and an item on the agenda of “${data.nextMeeting.title}”` : ""
        }.`}
      >
        <FocusForm profile={data} />
      </TitledCard>
    </section>
  );
}
