import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { CaseloadFlagBadge } from "@throughline/ui/caseload-flag";
import { Link } from "react-router";
import { FlagCounts, FlaggedShare } from "./flag-counts.tsx";
import { linkClasses } from "./link-classes.ts";
import { RankedSchools } from "./ranked-schools.tsx";
import type { Attention, AttentionSchool } from "./types.ts";

function SchoolAttention({ school }: { school: AttentionSchool }) {
  const flaggedTeams = school.teams.filter((team) => team.flagged.length > 0);
  const calmTeams = school.teams.filter((team) => team.flagged.length === 0);
  return (
    <section aria-labelledby={`attention-${school.schoolId}`} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h3 id={`attention-${school.schoolId}`} className="text-base font-semibold text-foreground">
          {school.schoolName}
          <FlaggedShare school={school} className="font-normal text-muted-foreground" />
        </h3>
        <FlagCounts school={school} />
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

/**
 * The caseload's flags: a principal's schools team by team with each flagged teacher named; a
 * district's schools ranked by their flagged teachers, each name on the school's own page.
 */
export function NeedsAttention({ attention }: { attention: Attention }) {
  return (
    <section aria-labelledby="needs-attention-title">
      <Card>
        <CardHeader>
          <CardTitle id="needs-attention-title">Needs attention</CardTitle>
          <CardDescription>
            {attention.kind === "named"
              ? "Teachers carrying a flag from their coach's caseload, team by team. Open a name for their progress."
              : "Schools with the most teachers carrying a flag from their coach's caseload. Open a school for its teachers."}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {attention.kind === "ranked" ? (
            <RankedSchools attention={attention} />
          ) : attention.schools.length === 0 ? (
            <p className="text-sm text-muted-foreground">No schools yet.</p>
          ) : (
            attention.schools.map((school) => (
              <SchoolAttention key={school.schoolId} school={school} />
            ))
          )}
        </CardContent>
      </Card>
    </section>
  );
}
