import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/*
 * What every test that runs the server as its own process needs: a port nobody listens on to
 * give it, and a wait until it answers /healthz (or a failure that shows what it printed).
 */

/** A port on 127.0.0.1 that is free now: the system picks it, and the probe lets it go. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once `url`/healthz answers OK. Fails with `output()` (what the process printed) when
 * the process exits first, or when it is not healthy within `timeoutMs`; then it is killed, so
 * it does not outlive the test.
 */
export async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The server did not become healthy in time:\n${output()}`);
    }
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
