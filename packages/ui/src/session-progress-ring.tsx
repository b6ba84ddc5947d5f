import { ProgressRing } from "./progress-ring.tsx";

/**
 * How many of a stage's MicroPD sessions a teacher completed, as a ring read out in the same
 * words on the teacher's home and stage and on the coach's view of the teacher.
 */
export function SessionProgressRing({
  completed,
  total,
  size,
}: {
  completed: number;
  total: number;
  /** Diameter in pixels; the ring's own default when left out. */
  size?: number;
}) {
  return (
    <ProgressRing
      value={completed}
      max={total}
      size={size}
      label={`${completed} of ${total} MicroPD sessions complete`}
    />
  );
}
