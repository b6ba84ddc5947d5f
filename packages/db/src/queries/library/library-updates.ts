import {
  type LibraryKind,
  type LibraryPackage,
  type PackagedSession,
  packageTitle,
} from "@throughline/domain/library";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  libraryImport,
  libraryImportSession,
  libraryItem,
  micropdSession,
  sessionIndicator,
} from "../../schema/index.ts";
import { replaceBlocks } from "../framework/framework-admin-sessions.ts";
import { importSessionsInto, linkIndicatorsByCode } from "./library-import-write.ts";

interface PendingUpdate {
  importId: string;
  itemId: string;
  kind: LibraryKind;
  stageId: string | null;
  programId: string | null;
  credentialId: string | null;
  /** The district's copy, as it is called now (it may have been renamed). */
  copyTitle: string;
  sourceTitle: string;
  sourceDistrictName: string;
  importedVersion: number;
  latestVersion: number;
}

/** The district's copy's name now: its session, program, stage or credential's current name. */
const copyTitle = sql<string>`coalesce(
  case when ${libraryImport.kind} = 'session' then (
    select s.title from library_import_session m
    join micropd_session s on s.district_id = m.district_id and s.id = m.session_id
    where m.district_id = ${libraryImport.districtId} and m.import_id = ${libraryImport.id}
    limit 1) end,
  (select p.title from program p where p.district_id = ${libraryImport.districtId}
    and p.id = ${libraryImport.programId}),
  (select s.title from stage s where s.district_id = ${libraryImport.districtId}
    and s.id = ${libraryImport.stageId}),
  (select v.name from credential_version v where v.district_id = ${libraryImport.districtId}
    and v.credential_id = ${libraryImport.credentialId} order by v.version desc limit 1),
  ${libraryImport.sourceTitle})`;

/** The district's imported copies whose source has a newer version, still offered. */
export async function listPendingUpdates(tx: Transaction): Promise<PendingUpdate[]> {
  const rows = await tx
    .select({
      importId: libraryImport.id,
      itemId: libraryItem.id,
      kind: libraryImport.kind,
      stageId: libraryImport.stageId,
      programId: libraryImport.programId,
      credentialId: libraryImport.credentialId,
      copyTitle,
      sourceTitle: libraryItem.title,
      sourceDistrictName: libraryImport.sourceDistrictName,
      importedVersion: libraryImport.version,
      latestVersion: libraryItem.latestVersion,
    })
    .from(libraryImport)
    .innerJoin(libraryItem, eq(libraryItem.id, libraryImport.itemId))
    .where(
      and(gt(libraryItem.latestVersion, libraryImport.version), isNull(libraryItem.withdrawnAt)),
    )
    .orderBy(copyTitle);
  return rows.map((row) => ({ ...row, kind: row.kind as LibraryKind }));
}

/** One import of the district, with the version its copy is at. */
export async function findImport(tx: Transaction, params: { importId: string }) {
  const [found] = await tx
    .select({
      id: libraryImport.id,
      kind: libraryImport.kind,
      itemId: libraryImport.itemId,
      stageId: libraryImport.stageId,
      programId: libraryImport.programId,
      credentialId: libraryImport.credentialId,
      credentialAtImport: libraryImport.credentialAtImport,
      version: libraryImport.version,
    })
    .from(libraryImport)
    .where(eq(libraryImport.id, params.importId));
  return found ?? null;
}

export interface AppliedUpdate {
  /** Sessions (or the credential) brought up to the new version. */
  updated: string[];
  /** What the district had changed since importing it: kept as the district has it. */
  keptAdapted: string[];
  /** Sessions new in this version, added at the end of their stage. */
  added: string[];
}

/** The copies of the import's sessions, by the package key they came from, with their stage. */
export async function importedSessionCopies(tx: Transaction, importId: string) {
  const mapped = await tx
    .select({
      sourceKey: libraryImportSession.sourceKey,
      sessionId: libraryImportSession.sessionId,
      stageId: micropdSession.stageId,
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
    .where(eq(libraryImportSession.importId, importId));
  return new Map(mapped.map((row) => [row.sourceKey, row]));
}

/**
 * Brings an import's sessions to a newer package: each changed session the district has not
 * saved since import (its revision is still the one recorded) takes the new content; a session
 * it adapted, or deleted, stays as it is; new sessions go at the end of the stage `stageForNew`
 * names.
 * Sessions the source removed stay: teachers may be part-way through them.
 */
export async function applySessionUpdates(
  tx: Transaction,
  params: {
    districtId: string;
    importId: string;
    sessions: readonly PackagedSession[];
    /** The sessions the new version adds or changes; the others are left alone. */
    changedKeys: ReadonlySet<string>;
    /** The sessions new in this version; any other without a copy was deleted by the district. */
    newKeys: ReadonlySet<string>;
    indicators: ReadonlyMap<string, string>;
    stageForNew: (session: PackagedSession) => Promise<string>;
  },
): Promise<AppliedUpdate> {
  const { districtId, indicators } = params;
  const byKey = await importedSessionCopies(tx, params.importId);
  const applied: AppliedUpdate = { updated: [], keptAdapted: [], added: [] };
  for (const session of params.sessions) {
    if (!params.changedKeys.has(session.key)) continue;
    const copy = byKey.get(session.key);
    if (!copy && !params.newKeys.has(session.key)) {
      // The district deleted its copy of a session it imported: that is its adaptation too.
      applied.keptAdapted.push(session.title);
      continue;
    }
    if (!copy) {
      const stageId = await params.stageForNew(session);
      const sessions = [session];
      await importSessionsInto(tx, { ...params, stageId, sessions });
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
  return applied;
}

/** The import now stands at the package's version, license and attribution. */
export async function recordUpdatedImport(
  tx: Transaction,
  params: { importId: string; pkg: LibraryPackage; now: Date },
): Promise<void> {
  const { pkg } = params;
  await tx
    .update(libraryImport)
    .set({
      version: pkg.source.version,
      sourceTitle: packageTitle(pkg),
      license: pkg.license,
      attribution: pkg.attribution,
      updatedAt: params.now,
    })
    .where(eq(libraryImport.id, params.importId));
}
