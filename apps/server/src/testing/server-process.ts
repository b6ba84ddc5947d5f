import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort, waitUntilHealthy } from "./server-startup.ts";

const serverRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * How a server process is started, as e2e/running-server.ts starts it: the one line to change
 * when the server runs from its bundle (`["dist/main.js"]`).
 */
const SERVER_COMMAND = ["--import", "tsx", "src/main.ts"];

export interface ServerProcess {
  url: string;
  /** Everything the process printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a real server process on a free port with `env` on top of this
 * process's environment, and waits until /healthz answers.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let printed = "";
  const child: ChildProcess = spawn(process.execPath, SERVER_COMMAND, {
    cwd: serverRoot,
    env: {
      ...process.env,
      // The API, auth and file routes without the built apps, so no build is needed first.
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      LOG_LEVEL: "warn",
      SIGN_IN_ATTEMPTS_PER_MINUTE: "0",
      // Asked for explicitly, so the tests do not depend on NODE_ENV's default.
      SEED_DEMO_DATA: "true",
      ...env,
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    printed += chunk.toString();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  await waitUntilHealthy(url, child, () => printed);

  return {
    url,
    output: () => printed,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
