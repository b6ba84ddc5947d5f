import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitUntilHealthy } from "../src/testing/server-startup.ts";

const serverRoot = fileURLToPath(new URL("..", import.meta.url));

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Everything the server has written to stdout and stderr so far (its log). */
  output(): string;
  /** Stops the process (the embedded database is flushed on the way out). */
  stop(): Promise<void>;
}

/**
 * Starts the production server, as the README's first command does, on a free port with its
 * own embedded database folder (fresh unless one is given, to test restarts).
 */
export async function startBuiltServer(
  options: {
    dataDir?: string;
    /** Settings on top of the test defaults, e.g. SEED_DEMO_DATA. */
    env?: Record<string, string>;
  } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "throughline-e2e-")));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let output = "";
  // The bundle `pnpm build` makes, run by plain node as in production (build first).
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/main.js"], {
    cwd: serverRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      DATABASE_URL: "",
      AUTH_SECRET: "",
      LOG_LEVEL: "warn",
      // Every test signs in from the same address, faster than people do.
      SIGN_IN_ATTEMPTS_PER_MINUTE: "0",
      // Production leaves the demo out unless asked for; the browser tests walk the demo.
      SEED_DEMO_DATA: "true",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitUntilHealthy(url, child, () => output);

  return {
    url,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export async function removeDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}
