import { flagKinds, flagWords } from "@throughline/ui/caseload-flag";
import type { AttentionSchool } from "./types.ts";

/** A school's flag counts in words: "3 behind on MicroPD · 2 …". */
export function FlagCounts({
  school,
}: {
  school: Pick<AttentionSchool, "flagCounts" | "schoolName">;
}) {
  const counts = flagKinds.filter((kind) => school.flagCounts[kind] > 0);
  if (counts.length === 0) return null;
  return (
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
  );
}

/** " · 3 of 40 teachers flagged", after a school's name. */
export function FlaggedShare({
  school,
  className,
}: {
  school: Pick<AttentionSchool, "flaggedTeachers" | "teachers">;
  className: string;
}) {
  return (
    <span className={className}>
      {" "}
      · {school.flaggedTeachers} of {school.teachers} teachers flagged
    </span>
  );
}
