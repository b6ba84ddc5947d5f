import { type LibraryPackage, libraryPackageSchema } from "@throughline/domain/library";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, libraryImport, libraryItem, libraryItemVersion } from "../../schema/index.ts";

interface LibraryListItem {
  id: string;
  title: string;
  summary: string;
  license: string;
  attribution: string;
  publisherName: string;
  /** Published by the viewer's own district. */
  own: boolean;
  latestVersion: number;
  sessionCount: number;
  updatedAt: Date;
  /** The newest version the viewer's district imported (null: never imported). */
  importedVersion: number | null;
}

/** Every item of the installation's library still offered, newest first. */
export function listLibraryItems(
  tx: Transaction,
  params: { districtId: string },
): Promise<LibraryListItem[]> {
  return tx
    .select({
      id: libraryItem.id,
      title: libraryItem.title,
      summary: libraryItem.summary,
      license: libraryItem.license,
      attribution: libraryItem.attribution,
      publisherName: district.name,
      own: sql<boolean>`${libraryItem.publisherDistrictId} = ${params.districtId}`,
      latestVersion: libraryItem.latestVersion,
      sessionCount: sql<number>`(
        select jsonb_array_length(${libraryItemVersion.package} -> 'stage' -> 'sessions')
        from ${libraryItemVersion}
        where ${libraryItemVersion.itemId} = ${libraryItem.id}
          and ${libraryItemVersion.version} = ${libraryItem.latestVersion}
      )`.mapWith(Number),
      updatedAt: libraryItem.updatedAt,
      // Row security keeps the imports to the viewer's district.
      importedVersion: sql<number | null>`(
        select max(${libraryImport.version}) from ${libraryImport}
        where ${libraryImport.itemId} = ${libraryItem.id}
      )`,
    })
    .from(libraryItem)
    .innerJoin(district, eq(district.id, libraryItem.publisherDistrictId))
    .where(isNull(libraryItem.withdrawnAt))
    .orderBy(desc(libraryItem.updatedAt), libraryItem.id);
}

/**
 * One version's package (the latest when `version` is not given) of an item still offered,
 * with its notes; null when there is no such item or version.
 */
export async function libraryVersionPackage(
  tx: Transaction,
  params: { itemId: string; version?: number },
): Promise<{ pkg: LibraryPackage; version: number; notes: string | null } | null> {
  const [found] = await tx
    .select({
      pkg: libraryItemVersion.package,
      version: libraryItemVersion.version,
      notes: libraryItemVersion.notes,
    })
    .from(libraryItemVersion)
    .innerJoin(libraryItem, eq(libraryItem.id, libraryItemVersion.itemId))
    .where(
      and(
        eq(libraryItemVersion.itemId, params.itemId),
        isNull(libraryItem.withdrawnAt),
        params.version === undefined
          ? eq(libraryItemVersion.version, libraryItem.latestVersion)
          : eq(libraryItemVersion.version, params.version),
      ),
    );
  if (!found) return null;
  // Stored as JSON: the domain schema checks it again on the way out.
  return { ...found, pkg: libraryPackageSchema.parse(found.pkg) };
}
