import { programExists } from "@throughline/db/queries/framework/programs";
import { importStagePackage } from "@throughline/db/queries/library/library-import-write";
import {
  libraryVersionPackage,
  listLibraryItems,
} from "@throughline/db/queries/library/library-list";
import {
  publishStagePackage,
  withdrawLibraryItem,
} from "@throughline/db/queries/library/library-publish";
import {
  applyLibraryUpdate,
  findImport,
  listPendingUpdates,
} from "@throughline/db/queries/library/library-updates";
import { stageIdInputSchema } from "@throughline/domain/framework";
import {
  changedSessionKeys,
  importLibraryItemInputSchema,
  importPackageInputSchema,
  type LibraryPackage,
  libraryImportInputSchema,
  libraryItemInputSchema,
  packageChanges,
  publishStageInputSchema,
} from "@throughline/domain/library";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";
import { packageOfStage } from "./stage-package.ts";

/** The program to import into: the district's, and open. */
async function requireOpenProgram(ctx: TenantScope, programId: string): Promise<void> {
  if (!(await programExists(ctx.tx, { programId, openOnly: true }))) {
    throw fieldProblem(["programId"], "Choose one of the district's open programs", "NOT_FOUND");
  }
}

async function importInto(
  ctx: TenantScope,
  params: { programId: string; pkg: LibraryPackage; itemId: string | null },
) {
  await requireOpenProgram(ctx, params.programId);
  const imported = await importStagePackage(ctx.tx, {
    districtId: ctx.districtId,
    programId: params.programId,
    pkg: params.pkg,
    itemId: params.itemId,
    importedById: ctx.personId,
    now: new Date(),
  });
  await audit(ctx, {
    action: "library.imported",
    subjectKind: "stage",
    subjectId: imported.stageId,
    schoolId: null,
    before: null,
    after: {
      title: params.pkg.stage.title,
      source: params.pkg.source.districtName,
      version: params.pkg.source.version,
      license: params.pkg.license,
    },
  });
  return imported;
}

/**
 * The installation's shared library, for district admins: publish a stage of theirs under a
 * license (publishing again adds a version), import a copy of another district's stage into
 * one of their programs, review and apply a newer version of what they imported, and carry a
 * stage between installations as a package file.
 */
export const libraryRouter = createRouter({
  items: districtAdminProcedure.query(({ ctx }) =>
    listLibraryItems(ctx.tx, { districtId: ctx.districtId }),
  ),

  /** The latest version, to preview before importing: its sessions, license and notes. */
  item: districtAdminProcedure.input(libraryItemInputSchema).query(async ({ ctx, input }) => {
    const found = await libraryVersionPackage(ctx.tx, { itemId: input.itemId });
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such library item." });
    const { pkg } = found;
    return {
      version: found.version,
      notes: found.notes,
      license: pkg.license,
      attribution: pkg.attribution,
      districtName: pkg.source.districtName,
      title: pkg.stage.title,
      summary: pkg.stage.summary,
      sessions: pkg.stage.sessions.map((session) => ({
        key: session.key,
        title: session.title,
        summary: session.summary,
        estimatedMinutes: session.estimatedMinutes,
        indicatorCodes: session.indicatorCodes,
        blockCount: session.blocks.length,
      })),
    };
  }),

  publishStage: districtAdminProcedure
    .input(publishStageInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { pkg, existingItemId } = await packageOfStage(ctx, input);
      const published = await publishStagePackage(ctx.tx, {
        districtId: ctx.districtId,
        stageId: input.stageId,
        existingItemId,
        pkg,
        notes: input.notes,
        now: new Date(),
      });
      await audit(ctx, {
        action: "library.published",
        subjectKind: "stage",
        subjectId: input.stageId,
        schoolId: null,
        before: null,
        after: { title: pkg.stage.title, version: published.version, license: pkg.license },
      });
      return published;
    }),

  withdraw: districtAdminProcedure
    .input(libraryItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      const withdrawn = await withdrawLibraryItem(ctx.tx, {
        districtId: ctx.districtId,
        itemId: input.itemId,
        now: new Date(),
      });
      if (!withdrawn)
        throw new TRPCError({ code: "NOT_FOUND", message: "No such library item of yours." });
      await audit(ctx, {
        action: "library.withdrawn",
        subjectKind: "stage",
        subjectId: null,
        schoolId: null,
        before: { itemId: input.itemId },
        after: null,
      });
      return { withdrawn: true };
    }),

  importItem: districtAdminProcedure
    .input(importLibraryItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      const found = await libraryVersionPackage(ctx.tx, { itemId: input.itemId });
      if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such library item." });
      return importInto(ctx, { programId: input.programId, pkg: found.pkg, itemId: input.itemId });
    }),

  /** A package file from another installation (its JSON, read by the page). */
  importPackage: districtAdminProcedure
    .input(importPackageInputSchema)
    .mutation(({ ctx, input }) =>
      importInto(ctx, { programId: input.programId, pkg: input.package, itemId: null }),
    ),

  /** One of the district's stages as a package file, for another installation. */
  exportStage: districtAdminProcedure.input(stageIdInputSchema).query(async ({ ctx, input }) => {
    const { pkg } = await packageOfStage(ctx, {
      stageId: input.stageId,
      license: "CC BY 4.0",
      attribution: ctx.viewer.district.name,
    });
    return pkg;
  }),

  /** Imported stages whose source has a newer version, with what the newer version changes. */
  updates: districtAdminProcedure.query(async ({ ctx }) => {
    const pending = await listPendingUpdates(ctx.tx);
    const answers = [];
    for (const update of pending) {
      const [imported, latest] = await Promise.all([
        libraryVersionPackage(ctx.tx, { itemId: update.itemId, version: update.importedVersion }),
        libraryVersionPackage(ctx.tx, { itemId: update.itemId }),
      ]);
      if (!imported || !latest) continue;
      answers.push({
        ...update,
        notes: latest.notes,
        changes: packageChanges(imported.pkg, latest.pkg),
      });
    }
    return answers;
  }),

  applyUpdate: districtAdminProcedure
    .input(libraryImportInputSchema)
    .mutation(async ({ ctx, input }) => {
      const found = await findImport(ctx.tx, input);
      const [imported, latest] = found?.itemId
        ? await Promise.all([
            libraryVersionPackage(ctx.tx, { itemId: found.itemId, version: found.version }),
            libraryVersionPackage(ctx.tx, { itemId: found.itemId }),
          ])
        : [null, null];
      if (!found || !imported || !latest) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such import." });
      }
      if (latest.version <= found.version) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "This stage already has the latest version.",
        });
      }
      const applied = await applyLibraryUpdate(ctx.tx, {
        districtId: ctx.districtId,
        importId: found.id,
        stageId: found.stageId,
        pkg: latest.pkg,
        changedKeys: changedSessionKeys(imported.pkg, latest.pkg),
        now: new Date(),
      });
      await audit(ctx, {
        action: "library.updated",
        subjectKind: "stage",
        subjectId: found.stageId,
        schoolId: null,
        before: { version: found.version },
        after: { version: latest.version, ...applied },
      });
      return { version: latest.version, ...applied };
    }),
});
