import type {
  LibraryPackageOf,
  PackagedProgram,
  PackagedSession,
} from "@throughline/domain/library";
import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { program } from "../../schema/index.ts";
import { createStage } from "../framework/framework-admin-stages.ts";
import { createProgram, programTitleTaken } from "../framework/programs.ts";
import {
  importSessionsInto,
  indicatorIdsByCode,
  recordImport,
  unmatchedCodes,
} from "./library-import-write.ts";
import {
  type AppliedUpdate,
  applySessionUpdates,
  importedSessionCopies,
} from "./library-updates.ts";
import { stagesPackageContent } from "./stage-package.ts";

/*
 * A program in the shared library: its title and description and its stages, each with its
 * sessions and their blocks. Its requirements (who must take part) are the district's own and
 * do not travel.
 */

/** The district's program as a package's content; null when it is not theirs. */
export async function programPackageContent(
  tx: Transaction,
  params: { programId: string },
): Promise<PackagedProgram | null> {
  const [found] = await tx
    .select({ title: program.title, summary: program.summary })
    .from(program)
    .where(eq(program.id, params.programId));
  if (!found) return null;
  return { ...found, stages: await stagesPackageContent(tx, params) };
}

/** A title no other program of the district has: the package's, or with the source named. */
async function freeTitle(tx: Transaction, title: string, districtName: string): Promise<string> {
  if (!(await programTitleTaken(tx, { title }))) return title;
  for (let attempt = 1; attempt < 20; attempt += 1) {
    const suffix = attempt === 1 ? ` (${districtName})` : ` (${districtName} ${attempt})`;
    const candidate = `${title.slice(0, 120 - suffix.length)}${suffix}`;
    if (!(await programTitleTaken(tx, { title: candidate }))) return candidate;
  }
  throw new Error("No free program title.");
}

/**
 * Makes the district's own copy of a packaged program, last among its programs, with every
 * stage, session, block and indicator link, and records where it came from.
 */
export async function importProgramPackage(
  tx: Transaction,
  params: {
    districtId: string;
    pkg: LibraryPackageOf<"program">;
    itemId: string | null;
    importedById: string;
    now: Date;
  },
): Promise<{ programId: string; importId: string; unmatchedCodes: string[] }> {
  const { districtId, pkg } = params;
  const programId = await createProgram(tx, {
    districtId,
    title: await freeTitle(tx, pkg.program.title, pkg.source.districtName),
    summary: pkg.program.summary,
  });
  const sessions = pkg.program.stages.flatMap((stage) => stage.sessions);
  const indicators = await indicatorIdsByCode(
    tx,
    sessions.flatMap((session) => session.indicatorCodes),
  );
  const importId = await recordImport(tx, { ...params, copy: { programId } });
  for (const { sessions: stageSessions, key: _key, ...details } of pkg.program.stages) {
    const stageId = await createStage(tx, { ...details, programId, districtId });
    await importSessionsInto(tx, {
      districtId,
      importId,
      stageId,
      sessions: stageSessions,
      indicators,
    });
  }
  return { programId, importId, unmatchedCodes: unmatchedCodes(sessions, indicators) };
}

/**
 * Brings an imported program to a newer package, session by session as for a stage (adapted
 * sessions stay). A new session goes into the copy of its stage; a new stage is added at the end
 * of the program. The program's and stages' own details stay as the district has them.
 */
export async function applyProgramUpdate(
  tx: Transaction,
  params: {
    districtId: string;
    importId: string;
    programId: string;
    pkg: LibraryPackageOf<"program">;
    changedKeys: ReadonlySet<string>;
    /** The sessions new in this version; any other without a copy was deleted by the district. */
    newKeys: ReadonlySet<string>;
  },
): Promise<AppliedUpdate> {
  const { districtId, programId, pkg } = params;
  const sessions = pkg.program.stages.flatMap((stage) => stage.sessions);
  const indicators = await indicatorIdsByCode(
    tx,
    sessions.flatMap((session) => session.indicatorCodes),
  );
  const copies = await importedSessionCopies(tx, params.importId);
  const copyStages = new Map<string, string>();
  const stageForNew = async (session: PackagedSession): Promise<string> => {
    const source = pkg.program.stages.find((stage) =>
      stage.sessions.some((candidate) => candidate.key === session.key),
    );
    if (!source) throw new Error("The session is in none of the package's stages.");
    const known =
      copyStages.get(source.key) ??
      source.sessions.map((sibling) => copies.get(sibling.key)?.stageId).find(Boolean);
    if (known) {
      copyStages.set(source.key, known);
      return known;
    }
    const { sessions: _sessions, key: _key, ...details } = source;
    const created = await createStage(tx, { ...details, programId, districtId });
    copyStages.set(source.key, created);
    return created;
  };
  return applySessionUpdates(tx, { ...params, sessions, indicators, stageForNew });
}
