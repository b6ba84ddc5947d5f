import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buffer, text } from "node:stream/consumers";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { S3Storage } from "@throughline/api/files/s3-storage";
import type { FileStorage } from "@throughline/api/files/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestS3Server, type TestS3Server } from "../testing/s3-test-server.ts";

/*
 * One contract for every FileStorage: the local folder (embedded default) and the S3-compatible
 * bucket (several processes), the latter against a real S3-protocol server.
 */
const districtA = "0197a3c2-7f7e-7a1b-8c3d-00000000000a";
const districtB = "0197a3c2-7f7e-7a1b-8c3d-00000000000b";
const missingKey = `${districtA}/0197a3c2-7f7e-7a1b-8c3d-0000000000ff`;

function storageContract(name: string, open: () => Promise<FileStorage>) {
  describe(name, () => {
    let storage: FileStorage;
    beforeAll(async () => {
      storage = await open();
    });

    it("keeps bytes under a new key in the district's prefix and streams them back", async () => {
      const first = await storage.put({ districtId: districtA, bytes: Buffer.from("%PDF-1.4") });
      const second = await storage.put({ districtId: districtB, bytes: Buffer.from("GIF89a") });
      expect(first.key).toMatch(new RegExp(`^${districtA}/[0-9a-f-]{36}$`));
      expect(second.key).toMatch(new RegExp(`^${districtB}/[0-9a-f-]{36}$`));
      const stream = await storage.get(first.key);
      expect(stream).toBeInstanceOf(Readable);
      expect(stream && (await text(stream))).toBe("%PDF-1.4");
    });

    it("streams a large file byte for byte", async () => {
      const bytes = randomBytes(6 * 1024 * 1024);
      const { key } = await storage.put({ districtId: districtA, bytes });
      const stream = await storage.get(key);
      expect(stream && (await buffer(stream)).equals(bytes)).toBe(true);
    });

    it("answers null for a missing key, and deleting a missing key is fine", async () => {
      expect(await storage.get(missingKey)).toBeNull();
      await expect(storage.delete(missingKey)).resolves.toBeUndefined();
    });

    it("deletes what it stored", async () => {
      const { key } = await storage.put({ districtId: districtA, bytes: Buffer.from("gone") });
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
    });

    it("refuses keys it did not make", async () => {
      await expect(storage.get("../../etc/passwd")).rejects.toThrow();
      await expect(storage.get(`${districtA}/../../secret`)).rejects.toThrow();
      await expect(storage.delete(`${districtA}/x`)).rejects.toThrow();
    });
  });
}

let dataDir: string;
let s3: TestS3Server;
let s3Storage: S3Storage | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "throughline-files-"));
  s3 = await startTestS3Server();
});
afterAll(async () => {
  s3Storage?.close();
  await s3?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

storageContract("LocalDiskStorage", async () => new LocalDiskStorage(dataDir));
storageContract("S3Storage", async () => {
  s3Storage = new S3Storage(s3.config);
  return s3Storage;
});
