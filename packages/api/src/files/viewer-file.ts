import { type TenantScope, withViewer } from "../session.ts";
import {
  type FileDeps,
  type FileMembership,
  type FileProblem,
  type OpenedFile,
  openStoredFile,
} from "./file-results.ts";

/** What a row records of where a stored file's bytes are and how to send them. */
interface StoredFileRow {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/**
 * Opens a file the way every kind of file (plan evidence, observation photos, submission
 * evidence) is opened: `find` runs in the viewer's tenant transaction and returns the row only
 * if the viewer may read it. Anyone else, and an account no longer active, gets `notFound`:
 * someone who may not read the file learns nothing, not even that it exists.
 */
export async function openViewerFile(
  deps: FileDeps,
  membership: FileMembership,
  notFound: FileProblem,
  find: (scope: TenantScope) => Promise<StoredFileRow | null>,
): Promise<OpenedFile | FileProblem> {
  const found = await withViewer(deps.db, membership, async (scope) =>
    scope ? find(scope) : null,
  );
  return openStoredFile(deps.storage, found, notFound);
}

/**
 * Deletes a file the way every kind is deleted: `remove` runs in the viewer's tenant
 * transaction, decides whether they may, deletes the row and names the bytes' storage key; an
 * account no longer active gets `notFound`. The bytes go only after the commit, so a failed
 * delete leaves an orphan file, never a row without its bytes.
 */
export async function deleteViewerFile(
  deps: FileDeps,
  membership: FileMembership,
  notFound: FileProblem,
  remove: (scope: TenantScope) => Promise<{ ok: true; key: string } | FileProblem>,
): Promise<{ ok: true } | FileProblem> {
  const result = await withViewer(deps.db, membership, async (scope) =>
    scope ? remove(scope) : notFound,
  );
  if (!result.ok) return result;
  await deps.storage.delete(result.key);
  return { ok: true };
}
