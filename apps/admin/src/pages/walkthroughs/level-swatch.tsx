import { cn } from "@throughline/ui/utils";

/*
 * The heatmap's colour scale. Colour never carries the level alone: each cell also names the
 * level in words and shows it as filled steps (one step per level reached), which read in
 * greyscale and to colour-blind eyes.
 */

const tones = [
  "bg-danger-soft border-danger/40",
  "bg-warning-soft border-warning/40",
  "bg-info-soft border-info/40",
  "bg-success-soft border-success/40",
] as const;

/** The background of a level's cell; scales longer than four reuse the top tone. */
export function levelTone(rank: number, levelCount: number): string {
  const scaled = levelCount <= tones.length ? rank : Math.round((rank / (levelCount - 1)) * 3);
  return tones[Math.min(scaled, tones.length - 1)] ?? tones[0];
}

/** Filled steps for the rank, out of the scale's top rank; decorative (the label says it). */
export function LevelSteps({ rank, levelCount }: { rank: number; levelCount: number }) {
  return (
    <span aria-hidden="true" className="flex gap-0.5">
      {Array.from({ length: Math.max(levelCount - 1, 1) }, (_, step) => (
        <span
          key={step}
          className={cn(
            "h-1.5 w-3 rounded-full border border-foreground/60",
            step < rank ? "bg-foreground/70" : "bg-transparent",
          )}
        />
      ))}
    </span>
  );
}

/** The key to the colours and steps, under the heatmap. */
export function LevelLegend({
  levels,
}: {
  levels: readonly { rank: number; label: string; isTarget: boolean }[];
}) {
  return (
    <ul
      className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-muted-foreground"
      aria-label="Levels"
    >
      {levels.map((level) => (
        <li key={level.rank} className="flex items-center gap-2">
          <span
            className={cn(
              "inline-flex items-center rounded border px-1.5 py-1",
              levelTone(level.rank, levels.length),
            )}
          >
            <LevelSteps rank={level.rank} levelCount={levels.length} />
          </span>
          {level.label}
          {level.isTarget ? " (target)" : ""}
        </li>
      ))}
    </ul>
  );
}
