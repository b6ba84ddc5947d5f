import { cn } from "@throughline/ui/utils";

/*
 * The heatmap's colour scale for "how many teachers are free". Colour never carries it alone:
 * every cell prints the count, and the table below the grid gives the same numbers.
 */

const steps = [
  { label: "None free", tone: "bg-muted text-muted-foreground" },
  { label: "Under a third free", tone: "bg-primary/15 text-foreground" },
  { label: "A third to two thirds free", tone: "bg-primary/40 text-foreground" },
  { label: "Over two thirds free", tone: "bg-primary text-primary-foreground" },
  { label: "Everyone free", tone: "bg-success text-primary-foreground" },
] as const;

function stepOf(free: number, total: number): number {
  if (free <= 0 || total <= 0) return 0;
  if (free >= total) return 4;
  const share = free / total;
  return share < 1 / 3 ? 1 : share <= 2 / 3 ? 2 : 3;
}

export function freeTone(free: number, total: number): string {
  return steps[stepOf(free, total)]?.tone ?? steps[0].tone;
}

export function FreeLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-muted-foreground" aria-label="Key">
      {steps.map((step) => (
        <li key={step.label} className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className={cn("inline-block size-4 rounded border", step.tone)}
          />
          {step.label}
        </li>
      ))}
    </ul>
  );
}
