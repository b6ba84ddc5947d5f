import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { TEST_PUBLIC_URL, TEST_SERVER_SECRET } from "@throughline/api/testing/test-api";
import { openPglite } from "@throughline/db/client";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

const server = testServerPerFile();

describe("/readyz", () => {
  it("is ready when the database holds every committed migration", async () => {
    const response = await server.app.request("/readyz");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ready",
      migrations: expect.any(Number),
    });
  });

  it("is not ready on a database that was never migrated, and says why", async () => {
    const bare = await openPglite("memory://");
    try {
      const app = await createServerApp({
        db: bare.db,
        dbKind: bare.kind,
        // Readiness never signs anyone in.
        auth: server.api.auth,
        logger: pino({ level: "silent" }),
        storage: new LocalDiskStorage(server.dataDir),
        serveApps: false,
        publicUrl: TEST_PUBLIC_URL,
        secret: TEST_SERVER_SECRET,
      });
      const response = await app.request("/readyz");
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: "not_ready",
        reason: "Migrations: not migrated.",
      });
    } finally {
      await bare.close();
    }
  });
});
