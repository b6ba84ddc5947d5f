import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { openPglite } from "@throughline/db/client";
import { describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { testServerDeps } from "../testing/test-server.ts";
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
      // Readiness never signs anyone in: the auth of the seeded server will do.
      const app = await createServerApp(
        testServerDeps(bare, server.api.auth, { storage: new LocalDiskStorage(server.dataDir) }),
      );
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
