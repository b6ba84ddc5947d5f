import { cn } from "./utils.ts";

interface ProgressRingProps {
  value: number;
  max: number;
  /** What the ring means in words, read out instead of the picture, e.g. "3 of 10 sessions complete". */
  label: string;
  /** Diameter in pixels. */
  size?: number;
  strokeWidth?: number;
  className?: string;
}

/** A ring that fills as progress is made, with the count in the middle and an accessible label. */
export function ProgressRing({
  value,
  max,
  label,
  size = 72,
  strokeWidth = 8,
  className,
}: ProgressRingProps) {
  const fraction = max > 0 ? Math.min(Math.max(value / max, 0), 1) : 0;
  const radius = (size - strokeWidth) / 2;
  const circumference = 2 * Math.PI * radius;
  const centre = size / 2;
  // The track and the filled arc are the same circle; the arc only adds its dash.
  const ring = { cx: centre, cy: centre, r: radius, fill: "none", strokeWidth } as const;

  return (
    <div
      role="img"
      aria-label={label}
      className={cn("relative inline-flex shrink-0 items-center justify-center", className)}
      style={{ width: size, height: size }}
    >
      <svg
        aria-hidden="true"
        focusable="false"
        width={size}
        height={size}
        viewBox={`0 0 ${size} ${size}`}
        className="-rotate-90"
      >
        <circle {...ring} className="stroke-muted" />
        <circle
          {...ring}
          strokeLinecap={fraction > 0 ? "round" : "butt"}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - fraction)}
          className={cn(
            "transition-[stroke-dashoffset] duration-500",
            fraction >= 1 ? "stroke-success" : "stroke-primary",
          )}
        />
      </svg>
      <span
        aria-hidden="true"
        className="absolute inset-0 flex items-center justify-center text-sm font-semibold tabular-nums"
      >
        {value}/{max}
      </span>
    </div>
  );
}
