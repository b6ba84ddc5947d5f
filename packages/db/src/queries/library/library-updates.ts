import type { LibraryPackage } from "@throughline/domain/library";
import { and, eq, gt, isNull, max } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  libraryImport,
  libraryImportSession,
  libraryItem,
  micropdSession,
  sessionIndicator,
  stage,
} from "../../schema/index.ts";
import { replaceBlocks } from "../framework/framework-admin-sessions.ts";
import {
  addPackagedSession,
  indicatorIdsByCode,
  linkIndicatorsByCode,
} from "./library-import-write.ts";

interface PendingUpdate {
  importId: string;
  itemId: string;
  stageId: string;
  /** The district's copy, as it is called now (it may have been renamed). */
  stageTitle: string;
  sourceTitle: string;
  sourceDistrictName: string;
  importedVersion: number;
  latestVersion: number;
}

/** The district's imported stages whose source has a newer version, still offered. */
export function listPendingUpdates(tx: Transaction): Promise<PendingUpdate[]> {
  return tx
    .select({
      importId: libraryImport.id,
      itemId: libraryItem.id,
      stageId: libraryImport.stageId,
      stageTitle: stage.title,
      sourceTitle: libraryItem.title,
      sourceDistrictName: libraryImport.sourceDistrictName,
      importedVersion: libraryImport.version,
      latestVersion: libraryItem.latestVersion,
    })
    .from(libraryImport)
    .innerJoin(libraryItem, eq(libraryItem.id, libraryImport.itemId))
    .innerJoin(
      stage,
      and(eq(stage.districtId, libraryImport.districtId), eq(stage.id, libraryImport.stageId)),
    )
    .where(
      and(gt(libraryItem.latestVersion, libraryImport.version), isNull(libraryItem.withdrawnAt)),
    )
    .orderBy(stage.title);
}

/** One import of the district, with the version its copy is at. */
export async function findImport(tx: Transaction, params: { importId: string }) {
  const [found] = await tx
    .select({
      id: libraryImport.id,
      itemId: libraryImport.itemId,
      stageId: libraryImport.stageId,
      version: libraryImport.version,
    })
    .from(libraryImport)
    .where(eq(libraryImport.id, params.importId));
  return found ?? null;
}

interface AppliedUpdate {
  /** Sessions brought up to the new version. */
  updated: string[];
  /** Sessions the district had changed since importing them: kept as the district has them. */
  keptAdapted: string[];
  /** Sessions new in this version, added at the end of the stage. */
  added: string[];
}

/**
 * Brings an imported stage to a newer package: each changed session the district has not saved since
 * import (its revision is still the one recorded) takes the new content; a session it adapted
 * stays as it is; new sessions go at the end. Sessions the source removed, and the stage's own
 * details, stay: teachers may be part-way through them, and the district may have renamed it.
 */
export async function applyLibraryUpdate(
  tx: Transaction,
  params: {
    districtId: string;
    importId: string;
    stageId: string;
    pkg: LibraryPackage;
    /** The sessions the new version adds or changes; the others are left alone. */
    changedKeys: ReadonlySet<string>;
    now: Date;
  },
): Promise<AppliedUpdate> {
  const { districtId, pkg } = params;
  const mapped = await tx
    .select({
      sourceKey: libraryImportSession.sourceKey,
      sessionId: libraryImportSession.sessionId,
      revisionAtImport: libraryImportSession.revisionAtImport,
      revision: micropdSession.revision,
    })
    .from(libraryImportSession)
    .innerJoin(
      micropdSession,
      and(
        eq(micropdSession.districtId, libraryImportSession.districtId),
        eq(micropdSession.id, libraryImportSession.sessionId),
      ),
    )
    .where(eq(libraryImportSession.importId, params.importId));
  const byKey = new Map(mapped.map((row) => [row.sourceKey, row]));
  const indicators = await indicatorIdsByCode(
    tx,
    pkg.stage.sessions.flatMap((session) => session.indicatorCodes),
  );
  const applied: AppliedUpdate = { updated: [], keptAdapted: [], added: [] };
  for (const session of pkg.stage.sessions) {
    if (!params.changedKeys.has(session.key)) continue;
    const copy = byKey.get(session.key);
    if (!copy) {
      const [last] = await tx
        .select({ position: max(micropdSession.position) })
        .from(micropdSession)
        .where(eq(micropdSession.stageId, params.stageId));
      const sessionId = await addPackagedSession(tx, {
        districtId,
        stageId: params.stageId,
        position: (last?.position ?? 0) + 1,
        session,
        indicators,
      });
      await tx.insert(libraryImportSession).values({
        districtId,
        importId: params.importId,
        sessionId,
        sourceKey: session.key,
        revisionAtImport: 0,
      });
      applied.added.push(session.title);
      continue;
    }
    if (copy.revision !== copy.revisionAtImport) {
      applied.keptAdapted.push(session.title);
      continue;
    }
    const { key: _key, blocks: _blocks, indicatorCodes: _codes, ...fields } = session;
    await tx.update(micropdSession).set(fields).where(eq(micropdSession.id, copy.sessionId));
    // As the editor saves blocks: a teacher part-way through keeps a place in the new list.
    await replaceBlocks(tx, { districtId, sessionId: copy.sessionId, blocks: session.blocks });
    await tx.delete(sessionIndicator).where(eq(sessionIndicator.sessionId, copy.sessionId));
    await linkIndicatorsByCode(tx, { districtId, sessionId: copy.sessionId, session, indicators });
    applied.updated.push(session.title);
  }
  await tx
    .update(libraryImport)
    .set({
      version: pkg.source.version,
      sourceTitle: pkg.stage.title,
      license: pkg.license,
      attribution: pkg.attribution,
      updatedAt: params.now,
    })
    .where(eq(libraryImport.id, params.importId));
  return applied;
}
