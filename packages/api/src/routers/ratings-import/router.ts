import {
  alreadyImportedKeys,
  insertImportedRatings,
  loadRatingLookups,
} from "@throughline/db/queries/observations/ratings-import";
import {
  type RatingsImportPreview,
  type RatingsImportResult,
  ratingKey,
  ratingsCsvInputSchema,
  type ValidRatingRow,
  validateRatingRowsInSteps,
} from "@throughline/domain/ratings-import";
import { TRPCError } from "@trpc/server";
import { forEachSliceInTurns } from "../../files/slices-in-turns.ts";
import { runInTurns } from "../../in-turns.ts";
import type { TenantScope } from "../../session.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";
import { parseRatingsCsv } from "./csv.ts";

/** Rows per insert, with a turn between inserts (on the embedded database a write holds the loop). */
const ROWS_PER_WRITE = 500;

/**
 * Everything preview shows, and the good rows importFile would write. A file may hold 20,000
 * rows: it is parsed and checked in steps, a step per turn, so other requests go between.
 */
async function checkFile(
  ctx: TenantScope,
  csv: string,
): Promise<RatingsImportPreview & { good: ValidRatingRow[] }> {
  const parsed = await parseRatingsCsv(csv);
  if (!parsed.ok) {
    const { rowCount, bad } = parsed;
    return {
      counts: { rows: rowCount, new: 0, unchanged: 0, bad: rowCount },
      badRows: bad,
      good: [],
    };
  }
  const lookups = await loadRatingLookups(ctx.tx);
  const { valid, bad } = await runInTurns(validateRatingRowsInSteps(parsed.rows, lookups));
  const imported = await alreadyImportedKeys(ctx.tx, valid);
  const unchanged = valid.filter((row) => imported.has(ratingKey(row))).length;
  return {
    counts: { rows: parsed.rows.length, new: valid.length - unchanged, unchanged, bad: bad.length },
    badRows: bad,
    good: valid,
  };
}

export const ratingsImportRouter = createRouter({
  /** What importing the file would do: counts and every bad row with its line. Changes nothing. */
  preview: districtAdminProcedure
    .input(ratingsCsvInputSchema)
    .mutation(async ({ ctx, input }): Promise<RatingsImportPreview> => {
      const { counts, badRows } = await checkFile(ctx, input.csv);
      return { counts, badRows };
    }),

  /**
   * Checks the file again and, when no row is bad, imports every row in this request's one
   * transaction; rows imported before are skipped, so the same file twice changes nothing.
   */
  importFile: districtAdminProcedure
    .input(ratingsCsvInputSchema)
    .mutation(async ({ ctx, input }): Promise<RatingsImportResult> => {
      const { counts, badRows, good } = await checkFile(ctx, input.csv);
      const [first] = badRows;
      if (first) {
        const rows = counts.bad === 1 ? "1 bad row" : `${counts.bad} bad rows`;
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Nothing was imported: the file has ${rows} (line ${first.line}: ${first.reason}). Fix the file and import it again.`,
        });
      }
      let inserted = 0;
      await forEachSliceInTurns(good, ROWS_PER_WRITE, async (rows) => {
        inserted += await insertImportedRatings(ctx.tx, {
          districtId: ctx.districtId,
          importedById: ctx.personId,
          rows,
        });
      });
      return { counts: { ...counts, new: inserted, unchanged: good.length - inserted }, inserted };
    }),
});
