import {
  type LibraryPackage,
  type LibraryPackageOf,
  type PackagedSession,
  packageTitle,
} from "@throughline/domain/library";
import { eq, inArray, max } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  contentBlock,
  indicator,
  libraryImport,
  libraryImportSession,
  micropdSession,
  sessionIndicator,
} from "../../schema/index.ts";
import { createStage } from "../framework/framework-admin-stages.ts";

/** The district's indicators by code, for a package's sessions to be linked to. */
export async function indicatorIdsByCode(
  tx: Transaction,
  codes: readonly string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await tx
    .select({ id: indicator.id, code: indicator.code })
    .from(indicator)
    .where(inArray(indicator.code, [...new Set(codes)]));
  return new Map(rows.map((row) => [row.code, row.id]));
}

interface SessionContent {
  districtId: string;
  sessionId: string;
  session: PackagedSession;
  indicators: ReadonlyMap<string, string>;
}

/** Links a session to the district's indicators with the package session's codes. */
export async function linkIndicatorsByCode(tx: Transaction, params: SessionContent): Promise<void> {
  const { districtId, sessionId, session } = params;
  const indicatorIds = session.indicatorCodes.flatMap((code) => {
    const id = params.indicators.get(code);
    return id ? [id] : [];
  });
  if (indicatorIds.length > 0) {
    await tx
      .insert(sessionIndicator)
      .values(indicatorIds.map((indicatorId) => ({ districtId, sessionId, indicatorId })));
  }
}

/** Writes a new session's blocks and indicator links. */
async function writeSessionContent(tx: Transaction, params: SessionContent): Promise<void> {
  const { districtId, sessionId, session } = params;
  await tx.insert(contentBlock).values(
    session.blocks.map(({ kind, ...body }, index) => ({
      districtId,
      sessionId,
      position: index + 1,
      kind,
      body,
    })),
  );
  await linkIndicatorsByCode(tx, params);
}

/** Adds a package session to the stage at `position`, with its content; its id. */
async function addPackagedSession(
  tx: Transaction,
  params: {
    districtId: string;
    stageId: string;
    position: number;
    session: PackagedSession;
    indicators: ReadonlyMap<string, string>;
  },
): Promise<string> {
  const { key: _key, blocks: _blocks, indicatorCodes: _codes, ...fields } = params.session;
  const [created] = await tx
    .insert(micropdSession)
    .values({
      ...fields,
      districtId: params.districtId,
      stageId: params.stageId,
      position: params.position,
    })
    .returning({ id: micropdSession.id });
  if (!created) throw new Error("The session was not added.");
  await writeSessionContent(tx, { ...params, sessionId: created.id });
  return created.id;
}

/** Records where a copy came from; its id. */
export async function recordImport(
  tx: Transaction,
  params: {
    districtId: string;
    pkg: LibraryPackage;
    itemId: string | null;
    importedById: string;
    now: Date;
    copy: {
      stageId?: string;
      programId?: string;
      credentialId?: string;
      credentialAtImport?: Record<string, unknown>;
    };
  },
): Promise<string> {
  const { pkg } = params;
  const [recorded] = await tx
    .insert(libraryImport)
    .values({
      ...params.copy,
      districtId: params.districtId,
      kind: pkg.kind,
      itemId: params.itemId,
      version: pkg.source.version,
      sourceTitle: packageTitle(pkg),
      sourceDistrictName: pkg.source.districtName,
      license: pkg.license,
      attribution: pkg.attribution,
      importedById: params.importedById,
      importedAt: params.now,
    })
    .returning({ id: libraryImport.id });
  if (!recorded) throw new Error("The import was not recorded.");
  return recorded.id;
}

/**
 * Adds package sessions at the end of a stage of the district, with their content, and records
 * which copy came from which package session (for updates).
 */
export async function importSessionsInto(
  tx: Transaction,
  params: {
    districtId: string;
    importId: string;
    stageId: string;
    sessions: readonly PackagedSession[];
    indicators: ReadonlyMap<string, string>;
  },
): Promise<string[]> {
  const { districtId } = params;
  const added: string[] = [];
  const [last] = await tx
    .select({ position: max(micropdSession.position) })
    .from(micropdSession)
    .where(eq(micropdSession.stageId, params.stageId));
  let position = last?.position ?? 0;
  for (const session of params.sessions) {
    position += 1;
    const sessionId = await addPackagedSession(tx, {
      districtId,
      stageId: params.stageId,
      position,
      session,
      indicators: params.indicators,
    });
    await tx.insert(libraryImportSession).values({
      districtId,
      importId: params.importId,
      sessionId,
      sourceKey: session.key,
      revisionAtImport: 0,
    });
    added.push(sessionId);
  }
  return added;
}

/** Indicator codes of a package the district has no indicator for: left unlinked. */
export function unmatchedCodes(
  sessions: readonly PackagedSession[],
  indicators: ReadonlyMap<string, string>,
): string[] {
  const codes = new Set(sessions.flatMap((session) => session.indicatorCodes));
  return [...codes].filter((code) => !indicators.has(code)).sort();
}

interface ImportedStage {
  stageId: string;
  importId: string;
  unmatchedCodes: string[];
}

/**
 * Makes the district's own copy of a package's stage, last in the program, with its sessions,
 * blocks and indicators (linked by code), and records where it came from. One transaction: the
 * caller's.
 */
export async function importStagePackage(
  tx: Transaction,
  params: {
    districtId: string;
    programId: string;
    pkg: LibraryPackageOf<"stage">;
    itemId: string | null;
    importedById: string;
    now: Date;
  },
): Promise<ImportedStage> {
  const { districtId, pkg } = params;
  const { sessions, key: _key, ...details } = pkg.stage;
  const stageId = await createStage(tx, { ...details, programId: params.programId, districtId });
  const indicators = await indicatorIdsByCode(
    tx,
    sessions.flatMap((session) => session.indicatorCodes),
  );
  const importId = await recordImport(tx, { ...params, copy: { stageId } });
  await importSessionsInto(tx, { districtId, importId, stageId, sessions, indicators });
  return { stageId, importId, unmatchedCodes: unmatchedCodes(sessions, indicators) };
}
