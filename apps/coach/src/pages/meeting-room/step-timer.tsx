import { cn } from "@throughline/ui/utils";
import { useEffect, useState } from "react";

/** The current time, once a second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function clock(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/**
 * Time on the current step against its planned minutes, from when the room moved to it (the
 * server's time, so every screen agrees). role="timer" is not announced on every tick; the
 * "over time" state is text as well as colour.
 */
export function StepTimer({ startedAt, minutes }: { startedAt: Date; minutes: number }) {
  const now = useNow();
  const elapsed = Math.max(0, Math.floor((now - startedAt.getTime()) / 1000));
  const over = elapsed > minutes * 60;
  return (
    <div
      className={cn(
        "inline-flex flex-wrap items-baseline gap-2 rounded-md border px-3 py-2",
        over ? "border-danger bg-danger-soft text-danger" : "border-border bg-muted",
      )}
    >
      <span
        role="timer"
        aria-label="Time on this step"
        className="font-mono text-2xl font-semibold tabular-nums"
      >
        {clock(elapsed)}
      </span>
      <span className="text-sm">of {minutes} min</span>
      {over ? <span className="text-sm font-semibold">Over time</span> : null}
    </div>
  );
}
