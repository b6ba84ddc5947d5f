import { applyRosterPlan } from "@throughline/db/queries/roster-apply";
import { loadCurrentRoster, loadCurrentTimetables } from "@throughline/db/queries/roster-state";
import type { RosterFile } from "@throughline/domain/oneroster/input";
import {
  type RosterProgress,
  rosterFilesInputSchema,
  rosterImportInputSchema,
  rosterProgressInputSchema,
} from "@throughline/domain/oneroster/input";
import type { RosterCounts } from "@throughline/domain/oneroster/planner";
import { planSize, type RosterReview, reviewRoster } from "@throughline/domain/oneroster/review";
import { TRPCError } from "@trpc/server";
import { districtAdminProcedure } from "../district-admin.ts";
import type { TenantScope } from "../session.ts";
import { createRouter, publicProcedure } from "../trpc.ts";
import { readRosterFiles } from "./roster-files.ts";
import {
  dropProgress,
  finishProgress,
  progressOf,
  reportProgress,
  startProgress,
} from "./roster-progress.ts";

export interface RosterImportResult {
  counts: RosterCounts;
  /** Rows written: the progress bar's whole, so the page can fill it without a last poll. */
  written: number;
  skippedBadRows: number;
}

async function review(ctx: TenantScope, files: readonly RosterFile[]) {
  const { tables, ignored } = readRosterFiles(files);
  const result = reviewRoster(
    tables,
    await loadCurrentRoster(ctx.tx),
    await loadCurrentTimetables(ctx.tx),
  );
  if (ignored.length > 0) {
    result.review.notes.push(`Not read by this import: ${ignored.join(", ")}.`);
  }
  return result;
}

function rows(count: number): string {
  return count === 1 ? "1 bad row" : `${count} bad rows`;
}

/** OneRoster 1.2 CSV: people and schools of the whole district, so district admins only. */
export const rosterImportRouter = createRouter({
  /** What importing the files would do, and everything wrong with them. Writes nothing. */
  preview: districtAdminProcedure
    .input(rosterFilesInputSchema)
    .mutation(async ({ ctx, input }): Promise<RosterReview> => {
      return (await review(ctx, input.files)).review;
    }),

  /**
   * Checks the files again and applies them in this request's one transaction. A whole-file
   * problem refuses the import; bad rows refuse it unless the admin chose to skip them. Keyed
   * by sourcedId, so the same files twice change nothing the second time.
   */
  importFiles: districtAdminProcedure
    .input(rosterImportInputSchema)
    .mutation(async ({ ctx, input }): Promise<RosterImportResult> => {
      const { review: checked, plan } = await review(ctx, input.files);
      const [problem] = checked.problems;
      if (problem) {
        const where = problem.line === null ? problem.file : `${problem.file} line ${problem.line}`;
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Nothing was imported: ${where}: ${problem.reason}. Fix the file and import again.`,
        });
      }
      const [bad] = checked.badRows;
      if (bad && !input.skipBadRows) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Nothing was imported: the files have ${rows(checked.badRows.length)} (${bad.file} line ${bad.line}: ${bad.reason}). Fix them, or choose to skip them.`,
        });
      }
      startProgress(input.importId, planSize(plan));
      try {
        await applyRosterPlan(ctx.tx, {
          districtId: ctx.districtId,
          plan,
          onProgress: (done) => reportProgress(input.importId, done),
        });
      } catch (error) {
        dropProgress(input.importId);
        throw error;
      }
      finishProgress(input.importId);
      return {
        counts: plan.counts,
        written: planSize(plan),
        skippedBadRows: checked.badRows.length,
      };
    }),

  /**
   * How far a running import is. Answered from memory, without a session or the database: the
   * import holds the database in its one transaction, and the embedded database serves one
   * transaction at a time. The import id is a random UUID only the importing page knows, and
   * the answer is two numbers.
   */
  progress: publicProcedure
    .input(rosterProgressInputSchema)
    .query(({ input }): RosterProgress | null => progressOf(input.importId)),
});
