import type { PgColumn } from "drizzle-orm/pg-core";

/*
 * Uploads (evidence files, observation photos, work samples) are rows made with the schema's
 * storedFileColumns(): the bytes live in file storage under `storageKey`, the row describes them.
 */

/** An upload as the caller hands it over once its bytes are stored. */
export interface StoredFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
}

interface StoredFileTable {
  fileName: PgColumn;
  contentType: PgColumn;
  sizeBytes: PgColumn;
  storageKey: PgColumn;
}

/** What a list shows of an upload: no storage key, which only the server serving it needs. */
export function listedFileFields<T extends StoredFileTable>(table: T) {
  return { fileName: table.fileName, contentType: table.contentType, sizeBytes: table.sizeBytes };
}

/** What serving an upload needs: the listed fields and where its bytes are. */
export function storedFileFields<T extends StoredFileTable>(table: T) {
  return { ...listedFileFields(table), storageKey: table.storageKey };
}
