import { createHmac } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { Writable } from "node:stream";
import { createAuth } from "@throughline/api/auth";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { type DatabaseHandle, openPostgres } from "@throughline/db/client";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@throughline/db/database-unavailable";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { createLogger } from "../logger.ts";
import { authLog } from "../request-log/auth-log.ts";
import { testServerDeps } from "../testing/test-server.ts";

/*
 * A server whose PostgreSQL is down answers at once with 503 and a message saying to try again,
 * instead of hanging: once with nothing listening on the port, once with a listener that
 * accepts connections and never says a word (a hung database or a black-holed network).
 */

const SECRET = "a-test-secret-that-is-long-enough-for-hmac-signing";
const SESSION_TOKEN = "session-token-the-database-would-look-up";
const CONNECT_TIMEOUT_MS = 1000;
/** Loose on purpose: machines are noisy; the point is "seconds, not the 30 s default". */
const FAST_ENOUGH_MS = 5000;

/** A session cookie that passes the signature check, so the server has to ask the database. */
function signedSessionCookie(): string {
  const signature = createHmac("sha256", SECRET).update(SESSION_TOKEN).digest("base64");
  return `better-auth.session_token=${encodeURIComponent(`${SESSION_TOKEN}.${signature}`)}`;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

async function portWithNothingListening(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function timed<T>(call: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await call();
  return { result, ms: performance.now() - started };
}

const silentSockets: Socket[] = [];
const silentListener = createServer((socket) => {
  silentSockets.push(socket); // accepted, never answered
});

const scenarios: Array<[string, () => Promise<number>]> = [
  ["nothing listens on its port", portWithNothingListening],
  ["it accepts connections and never answers", () => listen(silentListener)],
];

afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  if (silentListener.listening) await new Promise((resolve) => silentListener.close(resolve));
});

describe.each(scenarios)("with the database down (%s)", (_name, portOf) => {
  let database: DatabaseHandle;
  let app: Hono;
  let logText = "";

  beforeAll(async () => {
    const port = await portOf();
    database = await openPostgres(`postgres://throughline@127.0.0.1:${port}/throughline`, {
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
      statementTimeoutMs: 5000,
    });
    const logger = createLogger(
      { LOG_LEVEL: "info" },
      new Writable({
        write(chunk, _encoding, done) {
          logText += chunk.toString();
          done();
        },
      }),
    );
    const auth = createAuth({
      db: database.db,
      secret: SECRET,
      baseURL: "http://localhost:3000",
      secureCookies: false,
      log: authLog(logger),
    });
    app = await createServerApp(
      testServerDeps(database, auth, {
        logger,
        storage: new LocalDiskStorage("unused-in-this-test"),
      }),
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  it("/readyz answers 503 with the reason, quickly", async () => {
    const { result: response, ms } = await timed(() => app.request("/readyz"));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "not_ready",
      reason: DATABASE_UNAVAILABLE_MESSAGE,
    });
    expect(ms).toBeLessThan(FAST_ENOUGH_MS);
  });

  it("/healthz answers 503 too", async () => {
    const response = await app.request("/healthz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: DATABASE_UNAVAILABLE_MESSAGE });
  });

  it("a tRPC call answers 503 with a message saying to try again, quickly", async () => {
    const { result: response, ms } = await timed(() =>
      app.request("/trpc/teacher.home", { headers: { cookie: signedSessionCookie() } }),
    );
    expect(response.status).toBe(503);
    const body = (await response.json()) as {
      error: { json: { message: string; data: { code: string } } };
    };
    expect(body.error.json.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(body.error.json.data.code).toBe("SERVICE_UNAVAILABLE");
    expect(ms).toBeLessThan(FAST_ENOUGH_MS);
    // The failed session lookup is logged, without the token it looked for.
    expect(logText).toContain("database unavailable");
    expect(logText).not.toContain(SESSION_TOKEN);
  });
});
