import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { CaseloadFlagBadge, flagKinds, flagWords } from "@throughline/ui/caseload-flag";
import { Link } from "react-router";
import { linkClasses } from "./link-classes.ts";
import type { AttentionSchool } from "./types.ts";

function SchoolAttention({ school }: { school: AttentionSchool }) {
  const flaggedTeams = school.teams.filter((team) => team.flagged.length > 0);
  const calmTeams = school.teams.filter((team) => team.flagged.length === 0);
  const counts = flagKinds.filter((kind) => school.flagCounts[kind] > 0);
  return (
    <section aria-labelledby={`attention-${school.schoolId}`} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h3 id={`attention-${school.schoolId}`} className="text-base font-semibold text-foreground">
          {school.schoolName}
          <span className="font-normal text-muted-foreground">
            {" "}
            · {school.flaggedTeachers} of {school.teachers} teachers flagged
          </span>
        </h3>
        {counts.length > 0 ? (
          <ul
            aria-label={`Flags at ${school.schoolName}`}
            className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
          >
            {counts.map((kind) => (
              <li key={kind} className="text-muted-foreground">
                <span className="font-semibold text-foreground tabular-nums">
                  {school.flagCounts[kind]}
                </span>{" "}
                {flagWords[kind].summary}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {flaggedTeams.length > 0 ? (
        <ul className="flex flex-col divide-y divide-border rounded-lg border border-border">
          {flaggedTeams.map((team) => (
            <li key={team.teamId} className="flex flex-col gap-2 p-3">
              <h4 className="text-sm font-semibold text-foreground">
                <Link to={`/implementation/teams/${team.teamId}`} className={linkClasses}>
                  {team.teamName}
                </Link>
                <span className="font-normal text-muted-foreground">
                  {" "}
                  · {team.flagged.length} of {team.memberCount}
                </span>
              </h4>
              <ul className="flex flex-col gap-2">
                {team.flagged.map((person) => (
                  <li
                    key={person.personId}
                    className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:items-center sm:gap-2"
                  >
                    <Link
                      to={`/implementation/teachers/${person.personId}`}
                      className={`${linkClasses} text-sm font-medium`}
                    >
                      {person.displayName}
                    </Link>
                    <span className="flex flex-wrap gap-1">
                      {person.flags.map((kind) => (
                        <CaseloadFlagBadge key={kind} kind={kind} />
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
      {calmTeams.length > 0 ? (
        <p className="text-sm text-muted-foreground">
          Nobody flagged in {calmTeams.map((team) => team.teamName).join(", ")}.
        </p>
      ) : null}
    </section>
  );
}

/** The caseload's flags rolled up per school and team, with each flagged teacher named. */
export function NeedsAttention({ schools }: { schools: readonly AttentionSchool[] }) {
  return (
    <section aria-labelledby="needs-attention-title">
      <Card>
        <CardHeader>
          <CardTitle id="needs-attention-title">Needs attention</CardTitle>
          <CardDescription>
            Teachers carrying a flag from their coach's caseload, team by team. Open a name for
            their progress.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {schools.length === 0 ? (
            <p className="text-sm text-muted-foreground">No schools yet.</p>
          ) : (
            schools.map((school) => <SchoolAttention key={school.schoolId} school={school} />)
          )}
        </CardContent>
      </Card>
    </section>
  );
}
