import type { FileStorage } from "@throughline/api/files/storage";
import type { Database } from "@throughline/db/client";
import type { Hono } from "hono";
import { credentialRoutes } from "./credential-routes.ts";
import { districtBadgeRoutes } from "./district-routes.ts";
import { createStatusLists } from "./status-list-service.ts";
import { walletExchangeRoutes } from "./wallet-exchange-routes.ts";

/**
 * Mounts the public badge documents (`/districts/:slug/…`, `/credentials/:id`) and the wallet
 * exchanges (`/districts/:slug/exchanges/:token`).
 */
export function badgeRoutes(
  server: Hono,
  deps: { db: Database; storage: FileStorage; publicUrl: string; secret: string },
): void {
  const statusLists = createStatusLists(deps);
  server.route("/districts", districtBadgeRoutes({ ...deps, statusLists }));
  server.route("/districts", walletExchangeRoutes(deps));
  server.route("/credentials", credentialRoutes({ ...deps, statusLists }));
}
