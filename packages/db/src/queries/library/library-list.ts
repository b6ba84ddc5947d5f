import {
  type LibraryKind,
  type LibraryPackage,
  libraryPackageSchema,
} from "@throughline/domain/library";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, libraryImport, libraryItem, libraryItemVersion } from "../../schema/index.ts";

interface LibraryListItem {
  id: string;
  kind: LibraryKind;
  title: string;
  summary: string;
  license: string;
  attribution: string;
  publisherName: string;
  /** Published by the viewer's own district. */
  own: boolean;
  latestVersion: number;
  /** The sessions the latest version holds (none for a micro-credential). */
  sessionCount: number;
  updatedAt: Date;
  /** The newest version the viewer's district imported (null: never imported). */
  importedVersion: number | null;
}

/** Every item of the installation's library still offered, newest first. */
export async function listLibraryItems(
  tx: Transaction,
  params: { districtId: string },
): Promise<LibraryListItem[]> {
  const rows = await tx
    .select({
      id: libraryItem.id,
      kind: libraryItem.kind,
      title: libraryItem.title,
      summary: libraryItem.summary,
      license: libraryItem.license,
      attribution: libraryItem.attribution,
      publisherName: district.name,
      own: sql<boolean>`${libraryItem.publisherDistrictId} = ${params.districtId}`,
      latestVersion: libraryItem.latestVersion,
      sessionCount: sql<number>`(
        select case ${libraryItem.kind}
          when 'stage' then jsonb_array_length(${libraryItemVersion.package} -> 'stage' -> 'sessions')
          when 'program' then (
            select coalesce(sum(jsonb_array_length(stage -> 'sessions')), 0)
            from jsonb_array_elements(${libraryItemVersion.package} -> 'program' -> 'stages') stage)
          when 'session' then 1
          else 0 end
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
  return rows.map((row) => ({ ...row, kind: row.kind as LibraryKind }));
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
