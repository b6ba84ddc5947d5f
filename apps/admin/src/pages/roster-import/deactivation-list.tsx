import { Alert } from "@throughline/ui/alert";
import { useId } from "react";
import type { RosterReview } from "./types.ts";

type Deactivations = RosterReview["deactivations"];

/** The checkbox's words; the server's refusal asks for the same. */
export function confirmationLabel(count: number): string {
  return count === 1 ? "Deactivate this person" : `Deactivate these ${count} people`;
}

/**
 * Who the import deactivates, by name. When that is more than a small share of the district
 * (or comes from an empty file), the import waits until the admin ticks the box that names the
 * number (see the preview card): a users.csv cut short must never quietly lock out the staff
 * it left off.
 */
export function DeactivationList({ deactivations }: { deactivations: Deactivations }) {
  const headingId = useId();
  const { count, activeRostered, people, needsConfirmation } = deactivations;
  if (count === 0) return null;
  const more = count - people.length;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="text-sm font-semibold text-foreground">
        People to deactivate ({count})
      </h3>
      {needsConfirmation ? (
        <Alert
          variant="warning"
          title={`This import deactivates ${count} of the ${activeRostered} rostered people`}
        >
          That is more than a tenth of your rostered staff: a users.csv cut short, or an export of
          one school only, looks like this. If these people have really left, tick “
          {confirmationLabel(count)}” below. They keep their history but can no longer sign in.
        </Alert>
      ) : (
        <p className="text-sm text-muted-foreground">
          They are no longer in the roster. They keep their history, but can no longer sign in.
        </p>
      )}
      <section
        aria-label="People to deactivate"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a list that scrolls must take keyboard focus to be scrolled without a mouse (WCAG 2.1.1)
        tabIndex={0}
        className="max-h-64 overflow-y-auto rounded-md border border-border bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <ul className="flex flex-col divide-y divide-border text-sm">
          {people.map((person) => (
            <li
              key={`${person.displayName}|${person.email}`}
              className="flex flex-col gap-0.5 px-3 py-2 sm:flex-row sm:justify-between sm:gap-4"
            >
              <span className="font-medium text-foreground">{person.displayName}</span>
              <span className="break-all text-muted-foreground">{person.email}</span>
            </li>
          ))}
        </ul>
      </section>
      {more > 0 ? (
        <p className="text-sm text-muted-foreground">…and {more} more, not listed here.</p>
      ) : null}
    </section>
  );
}
