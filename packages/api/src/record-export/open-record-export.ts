import type { Readable } from "node:stream";
import type { Database } from "@throughline/db/client";
import { findDownloadableExport } from "@throughline/db/queries/record-export/record-export";
import type { FileStorage } from "../files/storage.ts";
import { withViewer } from "../session.ts";
import { nameSlug } from "./pack-record.ts";

/*
 * The record's ZIP for its owner, over plain HTTP. Anyone else, and an export that is not
 * ready, gets 404: as if there were no such file.
 */

interface Membership {
  districtId: string;
  personId: string;
}

export type OpenedRecordExport =
  | { ok: true; stream: Readable; fileName: string; contentType: string; sizeBytes: number }
  | { ok: false; status: 404; message: string };

const notFound = { ok: false, status: 404, message: "There is no such record." } as const;

/** "throughline-record-maria-delgado-2026-05-04.zip" */
export function recordFileName(personName: string, preparedAt: Date): string {
  return `throughline-record-${nameSlug(personName)}-${preparedAt.toISOString().slice(0, 10)}.zip`;
}

export async function openRecordExport(
  deps: { db: Database; storage: FileStorage },
  membership: Membership,
  exportId: string,
): Promise<OpenedRecordExport> {
  const found = await withViewer(deps.db, membership, async (scope) => {
    if (!scope) return null;
    const file = await findDownloadableExport(scope.tx, { exportId, personId: scope.personId });
    return file ? { ...file, personName: scope.viewer.person.displayName } : null;
  });
  if (!found) return notFound;
  const stream = await deps.storage.get(found.storageKey);
  if (!stream) return notFound;
  return {
    ok: true,
    stream,
    fileName: recordFileName(found.personName, found.finishedAt),
    contentType: "application/zip",
    sizeBytes: found.sizeBytes,
  };
}
