import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { TermItem } from "@throughline/ui/term-item";
import { cn } from "@throughline/ui/utils";
import { Link } from "react-router";
import { ObserveLink } from "../observe/observe-link.tsx";
import { caseloadFacts, FlagsCell } from "./caseload-cells.tsx";
import type { CaseloadRow } from "./types.ts";

/** The facts a card lists, in its two-column grid; the team's links take a whole line. */
const cardFacts = ["stage", "micropd", "steps", "lastMeeting", "team"] as const;

/**
 * The caseload on a phone: one card per teacher, in the table's order, with the same cells.
 * Status and flags come first, because "who needs me" is what the coach scans for.
 */
export function CaseloadCards({
  rows,
  caption,
  className,
}: {
  rows: readonly CaseloadRow[];
  caption: string;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-col gap-3", className)}>
      <p id="caseload-cards-caption" className="text-sm text-muted-foreground">
        {caption}
      </p>
      <ul aria-labelledby="caseload-cards-caption" className="flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.personId}>
            <article
              aria-labelledby={`caseload-card-${row.personId}`}
              // A card below the screen is not laid out or painted until it scrolls near: a
              // phone's first render of a long caseload lays out only the cards in view.
              className="flex flex-col gap-3 rounded-[var(--radius-card)] border border-border bg-surface p-4 text-sm shadow-xs [contain-intrinsic-size:auto_20rem] [content-visibility:auto]"
            >
              <div data-card-part="status" className="flex flex-wrap items-center gap-1.5">
                {row.status ? (
                  <StageStatusBadge status={row.status} />
                ) : (
                  <span className="text-muted-foreground">Not enrolled</span>
                )}
                <FlagsCell row={row} inline />
              </div>
              <div className="flex flex-wrap items-center justify-between gap-x-3">
                <h2 id={`caseload-card-${row.personId}`} className="text-base font-semibold">
                  <Link
                    to={`/teachers/${row.personId}`}
                    className="text-primary underline hover:text-primary-hover"
                  >
                    {row.displayName}
                  </Link>
                </h2>
                <ObserveLink teacherId={row.personId} teacherName={row.displayName} />
              </div>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-3">
                {cardFacts.map((id) => {
                  const { label, Cell } = caseloadFacts[id];
                  return (
                    <TermItem termStyle="caps" key={id} term={label} wide={id === "team"}>
                      <Cell row={row} />
                    </TermItem>
                  );
                })}
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
