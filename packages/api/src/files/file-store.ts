import type { EvidenceFileFacts } from "@throughline/domain/evidence";
import { evidenceContentType } from "@throughline/domain/evidence";
import { type TenantScope, withViewer } from "../session.ts";
import {
  type FileDeps,
  type FileMembership,
  type FileProblem,
  fileProblem,
  type OpenedFile,
  openStoredFile,
  uploadProblem,
} from "./file-results.ts";

/*
 * Every kind of file over plain HTTP (plan evidence, observation photos, work samples,
 * submission evidence) is uploaded, opened and deleted the same way: the checks before anything
 * is stored, the viewer's tenant transaction, the order of bytes and rows. A kind says only
 * what is its own — which row it adds, finds or removes, and who may — and `fileStore` gives
 * back the three functions the routes call.
 */

/** What every upload carries besides the id of what it belongs to. */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** What a row records of where a stored file's bytes are and how to send them. */
interface StoredFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

interface FileKind<Upload extends UploadedFile, Added> {
  /** What someone who may not read a file is told, as if it did not exist. */
  notFound: FileProblem;
  /** The kind's own name and type rule, when it is not the evidence rule. */
  checkFile?: (file: EvidenceFileFacts) => string | null;
  /** The kind's own checks of the upload's other fields, after the file's and before storing. */
  refuse?: (upload: Upload) => FileProblem | null;
  /**
   * Decides in the viewer's tenant transaction whether to keep the upload; calls `store` once it
   * has, and adds the row naming what `store` returns.
   */
  add(scope: TenantScope, upload: Upload, store: () => Promise<StoredFile>): Promise<Added>;
  /** The row, only if the viewer may read it. */
  find(scope: TenantScope, id: string): Promise<StoredFile | null>;
  /** Decides whether the viewer may, deletes the row and names its bytes' storage key. */
  remove?(scope: TenantScope, id: string): Promise<{ ok: true; key: string } | FileProblem>;
}

interface StoredFiles<Upload, Added> {
  upload(deps: FileDeps, membership: FileMembership, upload: Upload): Promise<Added | FileProblem>;
  open(deps: FileDeps, membership: FileMembership, id: string): Promise<OpenedFile | FileProblem>;
  /** Absent where the kind's files are removed through the API instead. */
  remove?(
    deps: FileDeps,
    membership: FileMembership,
    id: string,
  ): Promise<{ ok: true } | FileProblem>;
}

const inactive = fileProblem(403, "This account is inactive.");

export function fileStore<Upload extends UploadedFile, Added>(
  kind: FileKind<Upload, Added>,
): StoredFiles<Upload, Added> {
  const { notFound, remove } = kind;
  return {
    async upload(deps, membership, upload) {
      const refused = uploadProblem(upload, kind.checkFile) ?? kind.refuse?.(upload) ?? null;
      if (refused) return refused;
      return storeInTransaction(deps, membership, upload, (scope, store) =>
        kind.add(scope, upload, store),
      );
    },

    // An account no longer active gets `notFound` too: it learns nothing of the file.
    async open(deps, membership, id) {
      const found = await withViewer(deps.db, membership, async (scope) =>
        scope ? kind.find(scope, id) : null,
      );
      return openStoredFile(deps.storage, found, notFound);
    },

    // The bytes go only after the commit, so a failed delete leaves an orphan file, never a row
    // without its bytes.
    remove:
      remove &&
      (async (deps, membership, id) => {
        const result = await withViewer(deps.db, membership, async (scope) =>
          scope ? remove(scope, id) : notFound,
        );
        if (!result.ok) return result;
        await deps.storage.delete(result.key);
        return { ok: true };
      }),
  };
}

/**
 * Runs `write` in the viewer's tenant transaction (an account no longer active gets nothing).
 * The bytes go to storage before the row that names them; if the transaction then fails, the
 * row is rolled back and the bytes are deleted here, so storage never keeps a file no row
 * points at.
 */
async function storeInTransaction<T>(
  deps: FileDeps,
  membership: FileMembership,
  upload: UploadedFile,
  write: (scope: TenantScope, store: () => Promise<StoredFile>) => Promise<T>,
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
