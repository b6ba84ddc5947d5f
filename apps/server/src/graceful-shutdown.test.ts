import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitUntilHealthy } from "./testing/server-startup.ts";

/*
 * The server as its own process, stopped with SIGTERM while a request is still arriving: it
 * stops taking connections at once, yet the request in flight gets its whole answer, and then
 * the process exits cleanly.
 */

const serverRoot = fileURLToPath(new URL("..", import.meta.url));
let child: ChildProcess;
let dataDir: string;
let port: number;
let output = "";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "throughline-shutdown-"));
  port = await freePort();
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      AUTH_SECRET: "",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SEED_DEMO_DATA: "false",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitUntilHealthy(`http://127.0.0.1:${port}`, child, () => output, 60_000);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Whether a new connection to the server's port is accepted. */
function accepts(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("graceful shutdown", () => {
  it("finishes a request in flight when SIGTERM arrives, then exits", async () => {
    const body = JSON.stringify({ email: "nobody@example.org", password: "not-the-password" });
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    let response = "";
    socket.on("data", (chunk: Buffer) => {
      response += chunk.toString();
    });
    const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));

    // Headers and half the body: the request is in flight, its handler waiting for the rest.
    socket.write(
      [
        "POST /api/auth/sign-in/email HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        `Origin: http://127.0.0.1:${port}`,
        "Content-Type: application/json",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "",
        body.slice(0, 10),
      ].join("\r\n"),
    );
    await pause(300);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await pause(700);

    expect(child.exitCode).toBeNull();
    expect(await accepts()).toBe(false);

    socket.write(body.slice(10));
    await ended;
    const [head = "", payload = ""] = response.split("\r\n\r\n");
    // The whole answer: a status line and the complete JSON body it announced.
    expect(head).toMatch(/^HTTP\/1\.1 401/);
    expect(JSON.parse(payload)).toMatchObject({ code: "INVALID_EMAIL_OR_PASSWORD" });

    expect(await exited).toBe(0);
    expect(output).toContain('"outcome":"drained"');
  }, 30_000);
});
