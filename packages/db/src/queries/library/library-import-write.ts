import type { LibraryPackage, PackagedSession } from "@throughline/domain/library";
import { inArray } from "drizzle-orm";
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
export async function addPackagedSession(
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

interface ImportedStage {
  stageId: string;
  importId: string;
  /** Indicator codes of the package the district has no indicator for: left unlinked. */
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
    pkg: LibraryPackage;
    itemId: string | null;
    importedById: string;
    now: Date;
  },
): Promise<ImportedStage> {
  const { districtId, pkg } = params;
  const { sessions, ...details } = pkg.stage;
  const stageId = await createStage(tx, { ...details, programId: params.programId, districtId });
  const codes = sessions.flatMap((session) => session.indicatorCodes);
  const indicators = await indicatorIdsByCode(tx, codes);
  const [recorded] = await tx
    .insert(libraryImport)
    .values({
      districtId,
      stageId,
      itemId: params.itemId,
      version: pkg.source.version,
      sourceTitle: pkg.stage.title,
      sourceDistrictName: pkg.source.districtName,
      license: pkg.license,
      attribution: pkg.attribution,
      importedById: params.importedById,
      importedAt: params.now,
    })
    .returning({ id: libraryImport.id });
  if (!recorded) throw new Error("The import was not recorded.");
  for (const [index, session] of sessions.entries()) {
    const sessionId = await addPackagedSession(tx, {
      districtId,
      stageId,
      position: index + 1,
      session,
      indicators,
    });
    await tx.insert(libraryImportSession).values({
      districtId,
      importId: recorded.id,
      sessionId,
      sourceKey: session.key,
      revisionAtImport: 0,
    });
  }
  return {
    stageId,
    importId: recorded.id,
    unmatchedCodes: [...new Set(codes)].filter((code) => !indicators.has(code)).sort(),
  };
}
