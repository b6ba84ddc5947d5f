import type { FileStorage } from "@throughline/api/files/storage";
import type { Database } from "@throughline/db/client";
import type { Hono } from "hono";
import { credentialRoutes } from "./credential-routes.ts";
import { districtBadgeRoutes } from "./district-routes.ts";
import { createStatusLists } from "./status-list-service.ts";

/** Mounts the public badge documents: `/districts/:slug/…` and `/credentials/:id`. */
export function badgeRoutes(
  server: Hono,
  deps: { db: Database; storage: FileStorage; publicUrl: string; secret: string },
): void {
  const statusLists = createStatusLists(deps);
  server.route("/districts", districtBadgeRoutes({ ...deps, statusLists }));
  server.route("/credentials", credentialRoutes({ ...deps, statusLists }));
}
