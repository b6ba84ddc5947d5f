import {
  libraryVersionPackage,
  listLibraryItems,
} from "@throughline/db/queries/library/library-list";
import { withdrawLibraryItem } from "@throughline/db/queries/library/library-publish";
import { findImport, listPendingUpdates } from "@throughline/db/queries/library/library-updates";
import {
  importLibraryItemInputSchema,
  importPackageInputSchema,
  libraryImportInputSchema,
  libraryItemInputSchema,
  packageChanges,
} from "@throughline/domain/library";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";
import { applyUpdateTo, importCopy } from "./by-kind.ts";
import { credentialProcedures } from "./credential-kind.ts";
import { auditSubjectOf } from "./library-kind.ts";
import { previewOf } from "./preview.ts";
import { programProcedures } from "./program-kind.ts";
import { sessionProcedures } from "./session-kind.ts";
import { stageProcedures } from "./stage-kind.ts";

/**
 * The installation's shared library, for district admins: publish a stage, program, MicroPD
 * session or micro-credential of theirs under a license (publishing again adds a version),
 * import a copy of another district's, review and apply a newer version of what they imported,
 * and carry any of them between installations as a package file. The kind-specific parts are
 * in one file per kind (stage-kind, program-kind, session-kind, credential-kind).
 */
export const libraryRouter = createRouter({
  items: districtAdminProcedure.query(({ ctx }) =>
    listLibraryItems(ctx.tx, { districtId: ctx.districtId }),
  ),

  /** The latest version, to preview before importing: its content, license and notes. */
  item: districtAdminProcedure.input(libraryItemInputSchema).query(async ({ ctx, input }) => {
    const found = await libraryVersionPackage(ctx.tx, { itemId: input.itemId });
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such library item." });
    return { version: found.version, notes: found.notes, ...previewOf(found.pkg) };
  }),
  ...stageProcedures,
  ...programProcedures,
  ...sessionProcedures,
  ...credentialProcedures,
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
        subjectKind: auditSubjectOf[withdrawn.kind],
        subjectId: null,
        schoolId: null,
        before: { itemId: input.itemId },
        after: null,
      });
      return { withdrawn: true };
    }),

  /** A copy of the item's latest version: into a program (stage), a stage (session), or new. */
  importItem: districtAdminProcedure
    .input(importLibraryItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      const found = await libraryVersionPackage(ctx.tx, { itemId: input.itemId });
      if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such library item." });
      return importCopy(ctx, { pkg: found.pkg, itemId: input.itemId, target: input });
    }),

  /** A package file from another installation (its JSON, read by the page). */
  importPackage: districtAdminProcedure
    .input(importPackageInputSchema)
    .mutation(({ ctx, input }) =>
      importCopy(ctx, { pkg: input.package, itemId: null, target: input }),
    ),

  /** Imported copies whose source has a newer version, with what the newer version changes. */
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
      const [older, newer] = found?.itemId
        ? await Promise.all([
            libraryVersionPackage(ctx.tx, { itemId: found.itemId, version: found.version }),
            libraryVersionPackage(ctx.tx, { itemId: found.itemId }),
          ])
        : [null, null];
      if (!found || !older || !newer) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such import." });
      }
      if (newer.version <= found.version) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "This copy already has the latest version.",
        });
      }
      return applyUpdateTo(ctx, { found, older: older.pkg, newer: newer.pkg });
    }),
});
