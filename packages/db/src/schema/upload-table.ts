import type { PgColumn, PgColumnBuilderBase } from "drizzle-orm/pg-core";
import { pgTable, uuid } from "drizzle-orm/pg-core";
import {
  storedFileColumns,
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/** A required reference to another row of the district (the parent, the uploader). */
function reference() {
  return uuid().notNull();
}

type Reference = ReturnType<typeof reference>;

/**
 * A table of files uploaded to one parent row (an action step's evidence, an observation's
 * photos, a checkpoint's work samples): the tenant key, the parent, the stored file's
 * description, what only this kind of upload records, who uploaded it and when. Deleted with
 * its parent; the uploader must be a person of the same district. The bytes live in file
 * storage under `storage_key`; the row says who may read them.
 */
export function uploadTable<
  TName extends string,
  TParent extends string,
  TUploader extends string,
  TExtra extends Record<string, PgColumnBuilderBase> = Record<never, never>,
>(
  name: TName,
  upload: {
    /** The parent's column (`stepId`) and the name its key constraints carry (`step`). */
    parentKey: TParent;
    parentName: string;
    parent: { districtId: PgColumn; id: PgColumn };
    /** The uploader's column (`uploadedBy`). */
    uploaderKey: TUploader;
    /** Columns only this kind of upload has, after the file's description. */
    extra?: TExtra;
  },
) {
  const columns = {
    ...tenantColumns(),
    [upload.parentKey]: reference(),
    ...storedFileColumns(),
    ...upload.extra,
    [upload.uploaderKey]: reference(),
    ...timestamps(),
  } as ReturnType<typeof tenantColumns> &
    Record<TParent, Reference> &
    ReturnType<typeof storedFileColumns> &
    TExtra &
    Record<TUploader, Reference> &
    ReturnType<typeof timestamps>;
  return pgTable(name, columns, (t) => {
    const column = t as unknown as Record<TParent | TUploader, PgColumn>;
    return [
      tenantPrimaryKey(t),
      ...tenantChildOf(
        `${name}_${upload.parentName}`,
        t.districtId,
        column[upload.parentKey],
        upload.parent,
      ),
      tenantReference(`${name}_uploader_fk`, t.districtId, column[upload.uploaderKey], person),
    ];
  });
}
