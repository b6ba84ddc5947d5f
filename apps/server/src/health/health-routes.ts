import type { Database } from "@throughline/db/client";
import { databaseAnswers } from "@throughline/db/database-answers";
import {
  databaseUnavailable,
  databaseUnavailableMessage,
} from "@throughline/db/database-unavailable";
import { migrationStatus } from "@throughline/db/migration-status";
import { Hono } from "hono";

/**
 * `/healthz`: the process is up and its database answers (a failure becomes the app's 503).
 * `/readyz`: ready for traffic, meaning the database answers and holds exactly the committed
 * migrations; otherwise 503 with the reason, so a load balancer holds traffic back.
 */
export function healthRoutes(deps: { db: Database; dbKind: "pglite" | "postgres" }): Hono {
  const routes = new Hono();
  routes.get("/healthz", async (c) => {
    await databaseAnswers(deps.db);
    return c.json({ status: "ok", db: deps.dbKind });
  });
  routes.get("/readyz", async (c) => {
    c.header("Cache-Control", "no-store");
    try {
      const migrations = await migrationStatus(deps.db);
      if (migrations.current) {
        return c.json({ status: "ready", db: deps.dbKind, migrations: migrations.applied });
      }
      const { reason, applied, committed } = migrations;
      return c.json(
        {
          status: "not_ready",
          db: deps.dbKind,
          reason: `Migrations: ${reason}.`,
          applied,
          committed,
        },
        503,
      );
    } catch (error) {
      const unavailable = databaseUnavailable(error) ?? "unreachable";
      return c.json(
        { status: "not_ready", db: deps.dbKind, reason: databaseUnavailableMessage(unavailable) },
        503,
      );
    }
  });
  return routes;
}
