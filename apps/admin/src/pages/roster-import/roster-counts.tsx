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

/**
 * What the import does to schools, to people and to the teaching timetables its classes make,
 * as small description lists.
 */
export function RosterCounts({ counts, done }: { counts: Counts; done?: boolean }) {
  const [create, update, deactivate, add, remove] = done
    ? ["Created", "Updated", "Deactivated", "Added", "Removed"]
    : ["To create", "To update", "To deactivate", "To add", "To remove"];
  return (
    <div className="flex flex-col gap-4">
      <CountGroup
        title="Schools"
        items={[
          { term: create, value: counts.schools.create },
          { term: update, value: counts.schools.update },
          { term: "Unchanged", value: counts.schools.unchanged },
        ]}
      />
      <CountGroup
        title="People"
        items={[
          { term: create, value: counts.people.create },
          { term: update, value: counts.people.update },
          { term: deactivate, value: counts.people.deactivate },
          { term: "Unchanged", value: counts.people.unchanged },
          { term: "Not imported: students, guardians…", value: counts.people.skipped },
        ]}
      />
      <CountGroup
        title="Timetable slots"
        items={[
          { term: add, value: counts.timetableSlots.add },
          { term: remove, value: counts.timetableSlots.remove },
        ]}
      />
    </div>
  );
}
