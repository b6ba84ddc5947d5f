import { overviewNamedLimit } from "@throughline/domain/admin-overview-limits";
import { TitledCard } from "@throughline/ui/titled-card";
import { Link } from "react-router";
import { linkClasses } from "./link-classes.ts";
import type { Overview } from "./types.ts";

/**
 * How many teachers in scope had a walkthrough lately, and who has not. A principal can start a
 * walkthrough from a name; district staff open the teacher's progress.
 */
export function WalkthroughCoverage({
  walkthroughs,
  canRecord,
}: {
  walkthroughs: Overview["walkthroughs"];
  canRecord: boolean;
}) {
  const { teachers, visited, notVisited, weeks } = walkthroughs;
  const shown = notVisited.slice(0, overviewNamedLimit);
  // The API names the first few; the rest are counted.
  const notVisitedCount = teachers - visited;
  const share = teachers > 0 ? Math.round((visited / teachers) * 100) : 0;
  return (
    <TitledCard
      title="Walkthroughs"
      description={<>Teachers with a published walkthrough in the last {weeks} weeks.</>}
      contentClassName="flex flex-col gap-3"
    >
      <p className="text-sm text-foreground">
        <span className="text-xl font-semibold tabular-nums">
          {visited} of {teachers}
        </span>{" "}
        teachers visited
      </p>
      <div
        role="img"
        aria-label={`${share}% of teachers visited`}
        className="h-2 w-full overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full rounded-full bg-primary" style={{ width: `${share}%` }} />
      </div>
      {shown.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h3 className="text-sm font-semibold text-foreground">Not visited yet</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {shown.map((person) => (
              <li key={person.personId}>
                <Link
                  to={
                    canRecord
                      ? `/observations/new/${person.personId}`
                      : `/implementation/teachers/${person.personId}`
                  }
                  className={linkClasses}
                >
                  {person.displayName}
                </Link>
              </li>
            ))}
          </ul>
          {notVisitedCount > shown.length ? (
            <p className="text-sm text-muted-foreground">
              and {notVisitedCount - shown.length} more
            </p>
          ) : null}
        </div>
      ) : null}
      <Link to="/walkthroughs" className={`${linkClasses} text-sm`}>
        Walkthrough heatmap
      </Link>
    </TitledCard>
  );
}
