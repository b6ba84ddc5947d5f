import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import {
  createTestApi,
  TEST_PUBLIC_URL,
  TEST_SERVER_SECRET,
  type TestApi,
} from "@throughline/api/testing/test-api";
import type { Hono } from "hono";
import { pino } from "pino";
import { createServerApp, type ServerDeps } from "../app.ts";
import { tempFileStorage } from "../files/temp-storage.ts";

export interface TestServer {
  /** The seeded test database, its auth and callers, as the API tests use them. */
  api: TestApi;
  /** The whole server (routes, tRPC, auth) without the built apps; call `app.request(...)`. */
  app: Hono;
  /** Where uploaded files go: a fresh folder of this server's own. */
  storage: LocalDiskStorage;
  dataDir: string;
  /** Closes the database and removes the files folder. */
  close(): Promise<void>;
}

/**
 * The server app on a fresh seeded test database, silent, with files in a new temporary folder.
 * It runs at the test API's public address and secret unless `options` names others.
 */
export async function createTestServer(
  options: Partial<Pick<ServerDeps, "publicUrl" | "secret">> & {
    /** Identity providers on 127.0.0.1 that single sign-on may reach (see `createTestApi`). */
    ssoInternalOrigins?: string[];
  } = {},
): Promise<TestServer> {
  const { ssoInternalOrigins, ...serverOptions } = options;
  const api = await createTestApi({ ssoInternalOrigins });
  const dataDir = await mkdtemp(join(tmpdir(), "throughline-server-test-"));
  const storage = new LocalDiskStorage(dataDir);
  const app = await createServerApp(testServerDeps(api, api.auth, { storage, ...serverOptions }));
  return {
    api,
    app,
    storage,
    dataDir,
    async close() {
      await api.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What a test's server app is made from, on `database` with `auth`: silent, without the built
 * apps, with files in a new temporary folder, at the test API's public address and secret;
 * `overrides` for what the test is about.
 */
export function testServerDeps(
  database: { db: ServerDeps["db"]; kind: ServerDeps["dbKind"] },
  auth: ServerDeps["auth"],
  overrides: Partial<ServerDeps> = {},
): ServerDeps {
  return {
    db: database.db,
    dbKind: database.kind,
    auth,
    logger: overrides.logger ?? pino({ level: "silent" }),
    storage: overrides.storage ?? tempFileStorage(),
    serveApps: false,
    publicUrl: TEST_PUBLIC_URL,
    secret: TEST_SERVER_SECRET,
    ...overrides,
  };
}
