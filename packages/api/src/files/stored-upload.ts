import type { FileStorage } from "./storage.ts";

/**
 * Runs a write that stores bytes and records them in the database. The bytes go to storage
 * before the row that names them; if the transaction then fails, the row is rolled back and
 * the bytes are deleted here, so storage never keeps a file no row points at.
 */
export async function withStoredUpload<T>(
  storage: FileStorage,
  write: (store: (districtId: string, bytes: Uint8Array) => Promise<string>) => Promise<T>,
): Promise<T> {
  let storedKey: string | null = null;
  try {
    return await write(async (districtId, bytes) => {
      const { key } = await storage.put({ districtId, bytes });
      storedKey = key;
      return key;
    });
  } catch (error) {
    if (storedKey) await storage.delete(storedKey);
    throw error;
  }
}
