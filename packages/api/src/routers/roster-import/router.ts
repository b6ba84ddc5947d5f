import { applyRosterPlan } from "@throughline/db/queries/roster/roster-apply";
import {
  loadCurrentRoster,
  loadCurrentTimetables,
} from "@throughline/db/queries/roster/roster-state";
import { deactivationRefusal } from "@throughline/domain/oneroster/deactivations";
import type { RosterFile } from "@throughline/domain/oneroster/input";
import {
  type RosterProgress,
  rosterFilesInputSchema,
  rosterImportInputSchema,
  rosterProgressInputSchema,
} from "@throughline/domain/oneroster/input";
import type { RosterCounts } from "@throughline/domain/oneroster/planner";
import {
  planSize,
  type RosterReview,
  reviewRosterInSteps,
} from "@throughline/domain/oneroster/review";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import { runInTurns } from "../../in-turns.ts";
import { progressStoreFor } from "../../roster-progress/choose-progress-store.ts";
import { throttledProgress } from "../../roster-progress/throttled-progress.ts";
import type { TenantScope } from "../../session.ts";
import { createRouter, districtAdminProcedure, publicProcedure } from "../../trpc.ts";
import { readRosterFiles } from "./files.ts";

interface RosterImportResult {
  counts: RosterCounts;
  /** Rows written: the progress bar's whole, so the page can fill it without a last poll. */
  written: number;
  skippedBadRows: number;
  /** District admins the roster would have locked out, kept as they were. */
  kept: string[];
}

async function review(ctx: TenantScope, files: readonly RosterFile[]) {
  const { tables, ignored } = await readRosterFiles(files);
  // Checking 20,000 rows is work of seconds: done a step per turn, other requests go between.
  const result = await runInTurns(
    reviewRosterInSteps(
      tables,
      await loadCurrentRoster(ctx.tx),
      await loadCurrentTimetables(ctx.tx),
      // The admin running the import is never locked out by it.
      ctx.personId,
    ),
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
      // Before bad rows: many people leaving is the thing to know about a file cut short.
      const unconfirmed = deactivationRefusal(checked.deactivations, input.confirmDeactivations);
      if (unconfirmed) throw new TRPCError({ code: "PRECONDITION_FAILED", message: unconfirmed });
      const [bad] = checked.badRows;
      if (bad && !input.skipBadRows) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Nothing was imported: the files have ${rows(checked.badRows.length)} (${bad.file} line ${bad.line}: ${bad.reason}). Fix them, or choose to skip them.`,
        });
      }
      const progress = progressStoreFor(ctx);
      const total = planSize(plan);
      await progress.start(input.importId, total);
      try {
        await applyRosterPlan(ctx.tx, {
          districtId: ctx.districtId,
          plan,
          onProgress: throttledProgress((done) => progress.set(input.importId, done), total),
        });
      } catch (error) {
        await progress.drop(input.importId);
        throw error;
      }
      // Written before the transaction commits: a poll between the two sees 100 %, and the
      // page fills the bar from this request's answer anyway.
      await progress.finish(input.importId);
      // One entry per import with its counts, not one per row.
      const { schools, people, timetableSlots } = plan.counts;
      await audit(ctx, {
        action: "roster.imported",
        subjectKind: "roster_import",
        subjectId: input.importId,
        after: {
          files: input.files.map((file) => file.name),
          schools: { ...schools },
          people: { ...people },
          timetableSlots: { ...timetableSlots },
          skippedBadRows: checked.badRows.length,
          ...(checked.kept.length > 0 ? { kept: checked.kept } : {}),
        },
      });
      return {
        counts: plan.counts,
        written: planSize(plan),
        skippedBadRows: checked.badRows.length,
        kept: checked.kept,
      };
    }),

  /**
   * How far a running import is, from any server process. Without a session: on the embedded
   * database the import holds the one connection, so checking a session would wait for it (see
   * progressStoreFor). The import id is a random UUID only the importing page knows, and the
   * answer is two numbers.
   */
  progress: publicProcedure
    .input(rosterProgressInputSchema)
    .query(
      ({ ctx, input }): Promise<RosterProgress | null> =>
        progressStoreFor(ctx).read(input.importId),
    ),
});
