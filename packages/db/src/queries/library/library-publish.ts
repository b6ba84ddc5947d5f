import type { LibraryPackage } from "@throughline/domain/library";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { libraryItem, libraryItemVersion } from "../../schema/index.ts";

/** The library item already published from this stage, if any. */
export async function publishedItemOfStage(
  tx: Transaction,
  params: { districtId: string; stageId: string },
): Promise<{ id: string; latestVersion: number } | null> {
  const [found] = await tx
    .select({ id: libraryItem.id, latestVersion: libraryItem.latestVersion })
    .from(libraryItem)
    .where(
      and(
        eq(libraryItem.publisherDistrictId, params.districtId),
        eq(libraryItem.sourceStageId, params.stageId),
      ),
    );
  return found ?? null;
}

/**
 * Publishes the package as a new library item, or as the next version of the item already
 * published from the same stage (a withdrawn item comes back). The package names its version.
 */
export async function publishStagePackage(
  tx: Transaction,
  params: {
    districtId: string;
    stageId: string;
    existingItemId: string | null;
    pkg: LibraryPackage;
    notes: string | null;
    now: Date;
  },
): Promise<{ itemId: string; version: number }> {
  const { pkg } = params;
  const fields = {
    title: pkg.stage.title,
    summary: pkg.stage.summary,
    license: pkg.license,
    attribution: pkg.attribution,
    latestVersion: pkg.source.version,
    updatedAt: params.now,
    withdrawnAt: null,
  };
  const [item] = params.existingItemId
    ? await tx
        .update(libraryItem)
        .set(fields)
        .where(eq(libraryItem.id, params.existingItemId))
        .returning({ id: libraryItem.id })
    : await tx
        .insert(libraryItem)
        .values({
          ...fields,
          publisherDistrictId: params.districtId,
          sourceStageId: params.stageId,
          publishedAt: params.now,
        })
        .returning({ id: libraryItem.id });
  if (!item) throw new Error("The library item was not saved.");
  await tx.insert(libraryItemVersion).values({
    itemId: item.id,
    version: pkg.source.version,
    package: pkg,
    notes: params.notes,
    publishedAt: params.now,
  });
  return { itemId: item.id, version: pkg.source.version };
}

/** Stops offering an item of the district's; copies already imported stay. */
export async function withdrawLibraryItem(
  tx: Transaction,
  params: { districtId: string; itemId: string; now: Date },
): Promise<boolean> {
  const withdrawn = await tx
    .update(libraryItem)
    .set({ withdrawnAt: params.now, updatedAt: params.now })
    .where(
      and(
        eq(libraryItem.id, params.itemId),
        eq(libraryItem.publisherDistrictId, params.districtId),
        sql`${libraryItem.withdrawnAt} is null`,
      ),
    )
    .returning({ id: libraryItem.id });
  return withdrawn.length > 0;
}
