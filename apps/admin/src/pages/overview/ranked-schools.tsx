import { formatMoment } from "@throughline/ui/format";
import { Link } from "react-router";
import { FlagCounts, FlaggedShare } from "./flag-counts.tsx";
import { linkClasses } from "./link-classes.ts";
import type { RankedAttention, SchoolCounts } from "./types.ts";

/** Where one school's overview (its flagged teachers by name) is. */
const schoolOverviewPath = (schoolId: string) => `/overview/schools/${schoolId}`;

/** When a big district's kept counts were made. */
export function CountedAt({ asOf }: { asOf: Date }) {
  return (
    <p className="text-xs text-muted-foreground">
      Counted at {formatMoment(asOf)}: at this size the counts are made again every minute.
    </p>
  );
}

/** One school of the ranking: its name (to its page), its flagged teachers and flag counts. */
export function RankedSchoolItem({ school }: { school: SchoolCounts }) {
  return (
    <li className="flex flex-col gap-1 p-3">
      <span className="text-sm">
        <Link to={schoolOverviewPath(school.schoolId)} className={`${linkClasses} font-semibold`}>
          {school.schoolName}
        </Link>
        <FlaggedShare school={school} className="text-muted-foreground" />
      </span>
      <FlagCounts school={school} />
    </li>
  );
}

/** A district's first schools by flagged teachers, and the way to all of them. */
export function RankedSchools({ attention }: { attention: RankedAttention }) {
  const { ranked, schools, schoolsFlagged, asOf } = attention;
  if (schools === 0) return <p className="text-sm text-muted-foreground">No schools yet.</p>;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">
        <span className="font-semibold text-foreground tabular-nums">{schoolsFlagged}</span> of{" "}
        {schools} {schools === 1 ? "school has" : "schools have"} flagged teachers.
        {ranked.length < schools ? ` The ${ranked.length} with the most:` : ""}
      </p>
      {asOf ? <CountedAt asOf={asOf} /> : null}
      <ol
        aria-label="Schools by flagged teachers"
        className="flex flex-col divide-y divide-border rounded-lg border border-border"
      >
        {ranked.map((school) => (
          <RankedSchoolItem key={school.schoolId} school={school} />
        ))}
      </ol>
      {ranked.length < schools ? (
        <Link to="/overview/schools" className={`${linkClasses} text-sm`}>
          See all {schools} schools
        </Link>
      ) : null}
    </div>
  );
}
