import type { LibraryPackageOf, PackagedSession } from "@throughline/domain/library";
import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { micropdSession } from "../../schema/index.ts";
import {
  importSessionsInto,
  indicatorIdsByCode,
  recordImport,
  unmatchedCodes,
} from "./library-import-write.ts";
import { packagedSessionsWhere, withoutStage } from "./packaged-sessions.ts";

/** One MicroPD session of the district as a package's content; null when it is not theirs. */
export async function sessionPackageContent(
  tx: Transaction,
  params: { sessionId: string },
): Promise<PackagedSession | null> {
  const [found] = await packagedSessionsWhere(tx, eq(micropdSession.id, params.sessionId));
  return found ? withoutStage(found) : null;
}

/** Adds a copy of a packaged session at the end of one of the district's stages. */
export async function importSessionPackage(
  tx: Transaction,
  params: {
    districtId: string;
    stageId: string;
    pkg: LibraryPackageOf<"session">;
    itemId: string | null;
    importedById: string;
    now: Date;
  },
): Promise<{ stageId: string; sessionId: string; importId: string; unmatchedCodes: string[] }> {
  const sessions = [params.pkg.session];
  const indicators = await indicatorIdsByCode(tx, params.pkg.session.indicatorCodes);
  const importId = await recordImport(tx, { ...params, copy: { stageId: params.stageId } });
  const [sessionId = ""] = await importSessionsInto(tx, {
    ...params,
    importId,
    sessions,
    indicators,
  });
  return {
    stageId: params.stageId,
    sessionId,
    importId,
    unmatchedCodes: unmatchedCodes(sessions, indicators),
  };
}
