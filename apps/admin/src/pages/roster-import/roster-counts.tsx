import type { RosterReview } from "./types.ts";

type Counts = RosterReview["counts"];

function CountGroup({ title, items }: { title: string; items: { term: string; value: number }[] }) {
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-foreground">{title}</h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {items.map((item) => (
          <div key={item.term} className="rounded-md border border-border bg-surface px-3 py-2">
            <dt className="text-xs text-muted-foreground">{item.term}</dt>
            <dd className="text-base font-semibold text-foreground tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Each count's words before the import (a preview) and once it is done. */
const terms = {
  create: ["To create", "Created"],
  update: ["To update", "Updated"],
  deactivate: ["To deactivate", "Deactivated"],
  add: ["To add", "Added"],
  remove: ["To remove", "Removed"],
  unchanged: ["Unchanged", "Unchanged"],
  skipped: ["Not imported: students, guardians…", "Not imported: students, guardians…"],
} as const;

/** The chosen counts of one group, in the order given, under their words. */
function itemsOf<K extends keyof typeof terms>(
  values: Record<K, number>,
  keys: readonly K[],
  done: boolean,
): { term: string; value: number }[] {
  return keys.map((key) => ({ term: terms[key][done ? 1 : 0], value: values[key] }));
}

/**
 * What the import does to schools, to people and to the teaching timetables its classes make,
 * as small description lists.
 */
export function RosterCounts({ counts, done = false }: { counts: Counts; done?: boolean }) {
  return (
    <div className="flex flex-col gap-4">
      <CountGroup
        title="Schools"
        items={itemsOf(counts.schools, ["create", "update", "unchanged"], done)}
      />
      <CountGroup
        title="People"
        items={itemsOf(
          counts.people,
          ["create", "update", "deactivate", "unchanged", "skipped"],
          done,
        )}
      />
      <CountGroup
        title="Timetable slots"
        items={itemsOf(counts.timetableSlots, ["add", "remove"], done)}
      />
    </div>
  );
}
