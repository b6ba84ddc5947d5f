import { evidenceContentType } from "@throughline/domain/evidence";
import { type TenantScope, withViewer } from "../session.ts";
import type { FileDeps, FileMembership, FileProblem } from "./file-results.ts";

/** What a row records of a stored upload. */
interface StoredUpload {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
}

const inactive: FileProblem = { ok: false, status: 403, message: "This account is inactive." };

/**
 * Adds an upload the way every kind of file (plan evidence, observation photos, submission
 * evidence) is added: `write` runs in the viewer's tenant transaction (an account no longer
 * active gets nothing) and calls `store` once it has decided to keep the file. The bytes go to
 * storage before the row that names them; if the transaction then fails, the row is rolled back
 * and the bytes are deleted here, so storage never keeps a file no row points at.
 */
export async function withViewerUpload<T>(
  deps: FileDeps,
  membership: FileMembership,
  upload: { fileName: string; bytes: Uint8Array },
  write: (scope: TenantScope, store: () => Promise<StoredUpload>) => Promise<T>,
): Promise<T | FileProblem> {
  let storedKey: string | null = null;
  try {
    return await withViewer(deps.db, membership, async (scope) => {
      if (!scope) return inactive;
      return write(scope, async () => {
        const { key } = await deps.storage.put({
          districtId: scope.districtId,
          bytes: upload.bytes,
        });
        storedKey = key;
        return {
          fileName: upload.fileName.slice(0, 200),
          contentType: evidenceContentType(upload.fileName),
          sizeBytes: upload.bytes.byteLength,
          storageKey: key,
        };
      });
    });
  } catch (error) {
    if (storedKey) await deps.storage.delete(storedKey);
    throw error;
  }
}
