import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import type { FileStorage } from "./storage.ts";
import { assertStorageKey, newStorageKey } from "./storage-keys.ts";

/** Files on local disk under `<dataDir>/files/<districtId>/<uuid>`, for the embedded mode. */
export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir, "files");
  }

  async put(params: { districtId: string; bytes: Uint8Array }): Promise<{ key: string }> {
    const key = newStorageKey(params.districtId);
    const path = this.pathOf(key);
    await mkdir(join(this.root, params.districtId), { recursive: true });
    // "wx": never overwrite; the key is new, so an existing file would mean a bug.
    await writeFile(path, params.bytes, { flag: "wx", mode: 0o600 });
    return { key };
  }

  async get(key: string): Promise<Readable | null> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch {
      return null;
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error("Storage key outside the files folder.");
    return path;
  }
}
