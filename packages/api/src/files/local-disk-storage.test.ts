import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "./local-disk-storage.ts";

const districtId = "0197a3c2-7f7e-7a1b-8c3d-000000000001";
let dataDir: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "throughline-files-"));
  storage = new LocalDiskStorage(dataDir);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("LocalDiskStorage", () => {
  it("stores bytes under a generated key in the district's folder, reads and deletes them", async () => {
    const { key } = await storage.put({ districtId, bytes: new TextEncoder().encode("%PDF-1.4") });
    expect(key).toMatch(new RegExp(`^${districtId}/[0-9a-f-]{36}$`));
    expect(await readdir(join(dataDir, "files", districtId))).toHaveLength(1);

    const stream = await storage.get(key);
    expect(stream && (await text(stream))).toBe("%PDF-1.4");

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
  });

  it("refuses keys it did not make, so a path cannot escape the folder", async () => {
    await expect(storage.get("../../etc/passwd")).rejects.toThrow();
    await expect(storage.get(`${districtId}/../../secret`)).rejects.toThrow();
  });
});
