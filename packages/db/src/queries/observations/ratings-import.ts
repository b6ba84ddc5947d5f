import {
  type RatingLookups,
  ratingKey,
  type ValidRatingRow,
} from "@throughline/domain/ratings-import";
import { eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  importedRating,
  indicator,
  observationLevel,
  person,
  roleMembership,
} from "../../schema/index.ts";
import { membershipsOfPerson } from "../sql/same-district-joins.ts";

/** What a ratings file is checked against: the district's teachers, indicators and scale. */
export async function loadRatingLookups(tx: Transaction): Promise<RatingLookups> {
  const [teachers, indicators, levels] = await Promise.all([
    tx
      .selectDistinct({ id: person.id, email: person.email, sourcedId: person.sourcedId })
      .from(person)
      .innerJoin(roleMembership, membershipsOfPerson)
      .where(eq(roleMembership.role, "teacher")),
    tx.select({ id: indicator.id, code: indicator.code }).from(indicator),
    tx
      .select({ rank: observationLevel.rank, label: observationLevel.label })
      .from(observationLevel),
  ]);
  return { teachers, indicators, levels };
}

/** The keys (see `ratingKey`) of the rows that were imported before. */
export async function alreadyImportedKeys(
  tx: Transaction,
  rows: readonly ValidRatingRow[],
): Promise<Set<string>> {
  const sources = [...new Set(rows.map((row) => row.source))];
  if (sources.length === 0) return new Set();
  // A file names few sources; reading their ratings' keys is one indexed scan, not one per row.
  const existing = await tx
    .select({
      personId: importedRating.personId,
      indicatorId: importedRating.indicatorId,
      ratedOn: importedRating.ratedOn,
      source: importedRating.source,
    })
    .from(importedRating)
    .where(inArray(importedRating.source, sources));
  const wanted = new Set(rows.map(ratingKey));
  return new Set(existing.map(ratingKey).filter((key) => wanted.has(key)));
}

/** Rows per insert statement: 7 parameters each stays far below the protocol's limit. */
const ROWS_PER_INSERT = 1000;

/**
 * Inserts the rows; a row whose key exists already is skipped (`on conflict do nothing`), so
 * importing the same file twice changes nothing. Returns how many rows were new.
 */
export async function insertImportedRatings(
  tx: Transaction,
  params: { districtId: string; importedById: string; rows: readonly ValidRatingRow[] },
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < params.rows.length; start += ROWS_PER_INSERT) {
    const chunk = params.rows.slice(start, start + ROWS_PER_INSERT);
    const written = await tx
      .insert(importedRating)
      .values(
        chunk.map((row) => ({
          districtId: params.districtId,
          personId: row.personId,
          indicatorId: row.indicatorId,
          levelRank: row.levelRank,
          ratedOn: row.ratedOn,
          source: row.source,
          importedById: params.importedById,
        })),
      )
      .onConflictDoNothing({
        target: [
          importedRating.districtId,
          importedRating.personId,
          importedRating.indicatorId,
          importedRating.ratedOn,
          importedRating.source,
        ],
      })
      .returning({ id: importedRating.id });
    inserted += written.length;
  }
  return inserted;
}
