import {
  type LibraryKind,
  type LibraryPackage,
  packageSummary,
  packageTitle,
} from "@throughline/domain/library";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { libraryItem, libraryItemVersion } from "../../schema/index.ts";

/** The library item already published from this stage, program, session or credential. */
export async function publishedItemOf(
  tx: Transaction,
  params: { districtId: string; kind: LibraryKind; sourceId: string },
): Promise<{ id: string; latestVersion: number } | null> {
  const [found] = await tx
    .select({ id: libraryItem.id, latestVersion: libraryItem.latestVersion })
    .from(libraryItem)
    .where(
      and(
        eq(libraryItem.publisherDistrictId, params.districtId),
        eq(libraryItem.kind, params.kind),
        eq(libraryItem.sourceId, params.sourceId),
      ),
    );
  return found ?? null;
}

/**
 * Publishes the package as a new library item, or as the next version of the item already
 * published from the same source (a withdrawn item comes back). The package names its version.
 */
export async function publishPackage(
  tx: Transaction,
  params: {
    districtId: string;
    sourceId: string;
    existingItemId: string | null;
    pkg: LibraryPackage;
    notes: string | null;
    now: Date;
  },
): Promise<{ itemId: string; version: number }> {
  const { pkg } = params;
  const fields = {
    title: packageTitle(pkg),
    summary: packageSummary(pkg),
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
          kind: pkg.kind,
          publisherDistrictId: params.districtId,
          sourceId: params.sourceId,
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

/** Stops offering an item of the district's (its kind; null: none); copies already made stay. */
export async function withdrawLibraryItem(
  tx: Transaction,
  params: { districtId: string; itemId: string; now: Date },
): Promise<{ kind: LibraryKind } | null> {
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
    .returning({ kind: libraryItem.kind });
  const [row] = withdrawn;
  return row ? { kind: row.kind as LibraryKind } : null;
}
