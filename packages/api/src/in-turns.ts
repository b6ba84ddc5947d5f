import { setImmediate as nextTurn } from "node:timers/promises";
import type { Steps } from "@throughline/domain/steps";

/**
 * Runs a domain rule written in steps (see packages/domain/src/steps.ts) one step per turn of
 * the event loop, so other requests are answered while it works.
 */
export async function runInTurns<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
  }
}
