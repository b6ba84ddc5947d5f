/*
 * Long pure work written as a generator that yields between bounded steps: the same function
 * runs to the end at once (runToEnd: tests, small inputs) or a step per turn of a server's
 * event loop (the API's caller), so a 20,000-row roster never holds the server's one thread for
 * its whole length. Yielding is not I/O: the rule stays pure.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and gives the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
