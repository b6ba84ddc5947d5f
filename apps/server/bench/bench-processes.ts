import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, waitUntilHealthy } from "../src/testing/server-startup.ts";

/*
 * The two servers `pnpm bench` compares, each a process of its own on the same database: the
 * platform as built (dist/main.js, production settings) and the bare handler (bare-server.ts).
 * Their output goes to a log file, not through the benchmark's process.
 */

const serverRoot = fileURLToPath(new URL("..", import.meta.url));

export interface BenchProcess {
  /** http://127.0.0.1:port, what the load goes to. */
  url: string;
  /** http://localhost:port, the platform's PUBLIC_URL (sign-in checks the Origin against it). */
  publicUrl: string;
  logFile: string;
  /** The process's processor time (user + system) so far, in ms, from /proc. */
  processorMs(): number;
  stop(): Promise<void>;
}

async function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  workDir: string,
  port: number,
): Promise<BenchProcess> {
  const logFile = join(workDir, `${name}.log`);
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, args, {
    cwd: serverRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(
      url,
      child,
      () => (existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-3000) : ""),
      120_000,
    );
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    publicUrl: `http://localhost:${port}`,
    logFile,
    processorMs: () => processorMsOf(child.pid),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every Linux build we run). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process, fields 14 and 15 of /proc/<pid>/stat (after the command's ")"). */
function processorMsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** A source file of the server or the packages it bundles changed after `since`, if any. */
function sourceNewerThan(since: number): string | null {
  const roots = [
    "src",
    "../../packages/api/src",
    "../../packages/db/src",
    "../../packages/domain/src",
  ];
  for (const root of roots.map((path) => join(serverRoot, path))) {
    for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" })) {
      if (!entry.endsWith(".ts") || entry.endsWith(".test.ts")) continue;
      if (statSync(join(root, entry)).mtimeMs > since) return join(root, entry);
    }
  }
  return null;
}

interface PlatformOptions {
  /** Another build of the server to run (say `dist-before/main.js`, a copy of an older build). */
  builtEntry?: string;
  /** Its log file's and data folder's name (default "platform"). */
  name?: string;
  /** AUTH_SECRET; two platforms given the same one accept each other's session cookies. */
  secret?: string;
  /** More settings for this platform (say SESSION_CACHE_SECONDS=0). */
  env?: Record<string, string>;
}

/**
 * The server as `pnpm start` runs it with DATABASE_URL (build first): production settings and
 * its usual request log. Not its defaults in two places, both noise for a benchmark: the
 * notification worker is off and sign-in attempts are not limited (the benchmark signs in
 * several people from one address). Listens on 127.0.0.1 only.
 */
export async function startPlatform(
  databaseUrl: string,
  workDir: string,
  options: PlatformOptions = {},
): Promise<BenchProcess> {
  // BENCH_PLATFORM_ENTRY=src/main.ts runs that entry under tsx instead of the build: for
  // trying a change without building (or comparing two copies of the sources).
  const entry = process.env.BENCH_PLATFORM_ENTRY;
  const fromSource = options.builtEntry === undefined && entry !== undefined && entry !== "";
  const builtEntry = options.builtEntry ?? "dist/main.js";
  if (!fromSource && !existsSync(join(serverRoot, builtEntry))) {
    throw new Error(
      "No built server: run `pnpm turbo run build --filter=@throughline/server...` first.",
    );
  }
  // The bare handler runs the sources as they are; the platform, the last build of them.
  const newer =
    fromSource || options.builtEntry !== undefined
      ? null
      : sourceNewerThan(statSync(join(serverRoot, builtEntry)).mtimeMs);
  if (newer)
    console.warn(
      `Warning: ${newer} changed after the build; build again to compare the same code.`,
    );
  const port = await freePort();
  // BENCH_PLATFORM_PROFILE=<folder>: the platform writes a V8 CPU profile there when it stops.
  const profileDir = process.env.BENCH_PLATFORM_PROFILE;
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  return startProcess(
    options.name ?? "platform",
    fromSource
      ? [...profile, "--import", "tsx", entry]
      : [...profile, "--enable-source-maps", builtEntry],
    {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://localhost:${port}`,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: options.secret ?? randomBytes(32).toString("hex"),
      DATA_DIR: join(workDir, `${options.name ?? "platform"}-data`),
      SEED_DEMO_DATA: "false",
      WORKER: "off",
      SIGN_IN_ATTEMPTS_PER_MINUTE: "0",
      LOG_LEVEL: "info",
      ...options.env,
    },
    workDir,
    port,
  );
}

/** The bare handler (bare-server.ts) under tsx, on the same database. */
export async function startBare(databaseUrl: string, workDir: string): Promise<BenchProcess> {
  return startProcess(
    "bare",
    ["--import", "tsx", "bench/bare-server.ts"],
    {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATA_DIR: join(workDir, "bare-data"),
    },
    workDir,
    await freePort(),
  );
}
