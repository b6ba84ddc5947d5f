import { randomUUID } from "node:crypto";

/** Keys look like `<districtId>/<uuid>`: both parts generated, so no name can walk a folder or bucket. */
const keyPattern = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** A new key under the district's prefix, never made from a user's file name. */
export function newStorageKey(districtId: string): string {
  const key = `${districtId}/${randomUUID()}`;
  assertStorageKey(key);
  return key;
}

/** Every storage refuses keys it could not have made. */
export function assertStorageKey(key: string): void {
  if (!keyPattern.test(key)) throw new Error("Not a storage key made by this storage.");
}
