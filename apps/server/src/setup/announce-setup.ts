import type { Database } from "@throughline/db/client";
import { anyDistrictExists } from "@throughline/db/queries/accounts/setup-token";
import type { Logger } from "../logger.ts";
import { issueSetupLink } from "./setup-token.ts";

/**
 * On an installation with no district, writes a fresh one-time set-up link to the log: the only
 * way in to an empty database. Logged as a warning so it shows at every log level an operator
 * is likely to run with. Answers the link, or null when a district exists.
 */
export async function announceSetupIfEmpty(deps: {
  db: Database;
  publicUrl: string;
  logger: Logger;
}): Promise<string | null> {
  if (await anyDistrictExists(deps.db)) return null;
  const setupUrl = await issueSetupLink(deps.db, { publicUrl: deps.publicUrl });
  deps.logger.warn(
    { setupUrl },
    `Throughline has no district yet. Open ${setupUrl} to set it up (the link works once, for 24 hours).`,
  );
  return setupUrl;
}
