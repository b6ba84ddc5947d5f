/** A write at least this often while rows are being written… */
export const PROGRESS_INTERVAL_MS = 250;
/** …or whenever this share of the whole has been written since the last one. */
export const PROGRESS_STEP = 0.05;

/**
 * Passes on at most one progress write per interval or per step of the whole, so a large import
 * on PostgreSQL makes a few dozen small writes rather than one per statement: at most
 * 1 / PROGRESS_STEP writes for the steps plus one per PROGRESS_INTERVAL_MS of run time.
 */
export function throttledProgress(
  write: (done: number) => Promise<void>,
  total: number,
  now: () => number = Date.now,
): (done: number) => Promise<void> {
  let lastAt = now();
  let lastDone = 0;
  return async (done) => {
    const at = now();
    const due = at - lastAt >= PROGRESS_INTERVAL_MS || done - lastDone >= total * PROGRESS_STEP;
    if (!due || done === lastDone) return;
    lastAt = at;
    lastDone = done;
    await write(done);
  };
}
