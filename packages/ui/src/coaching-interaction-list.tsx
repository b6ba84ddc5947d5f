import {
  type CoachingInteractionView,
  coachingInteractionKindLabels,
} from "@throughline/domain/coaching-log";
import { formatDay } from "./format.ts";

/**
 * Logged coaching, newest first: kind, day and minutes, who it was with — for a coach the
 * teachers and the indicators worked on, for the teacher her coach — and the note where the
 * viewer may read it.
 */
export function CoachingInteractionList({
  interactions,
  viewer,
}: {
  interactions: readonly CoachingInteractionView[];
  viewer: "coach" | "teacher";
}) {
  return (
    <ul className="flex flex-col gap-2">
      {interactions.map((entry) => (
        <li key={entry.id} className="rounded-md border border-border bg-surface p-4">
          <p className="font-medium">
            {coachingInteractionKindLabels[entry.kind]} · {formatDay(entry.occurredOn)} ·{" "}
            {entry.minutes} min
          </p>
          <p className="text-sm text-muted-foreground">
            {viewer === "teacher"
              ? `with ${entry.coach.displayName}`
              : `With ${entry.teachers.map((teacher) => teacher.displayName).join(", ")}`}
          </p>
          {viewer === "coach" && entry.indicators && entry.indicators.length > 0 ? (
            <p className="text-sm">
              Indicators:{" "}
              {entry.indicators
                .map((indicator) => `${indicator.code} ${indicator.title}`)
                .join("; ")}
            </p>
          ) : null}
          {entry.note ? <p className="mt-2 whitespace-pre-wrap text-sm">{entry.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
