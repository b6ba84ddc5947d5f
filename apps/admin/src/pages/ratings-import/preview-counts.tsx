import type { RatingsPreview } from "./types.ts";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Rows, new, already imported and bad, as a description list. */
export function PreviewCounts({ counts }: { counts: RatingsPreview["counts"] }) {
  const items = [
    { term: "Rows", value: plural(counts.rows, "row", "rows") },
    { term: "New", value: plural(counts.new, "new rating", "new ratings") },
    { term: "Already imported", value: plural(counts.unchanged, "rating", "ratings") },
    { term: "To fix", value: plural(counts.bad, "bad row", "bad rows") },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.term} className="rounded-md border border-border bg-surface px-3 py-2">
          <dt className="text-xs text-muted-foreground">{item.term}</dt>
          <dd className="text-base font-semibold text-foreground">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
