import { describe, expect, it } from "vitest";
import { encodeStatusList, statusListBit } from "./status-list.ts";

const LENGTH = 131_072;

describe("a BitstringStatusList", () => {
  it("round-trips the set bits through the GZIP'd, multibase base64url encoding", async () => {
    const set = [0, 7, 8, 4242, LENGTH - 1];
    const encoded = await encodeStatusList(LENGTH, set);
    expect(encoded.startsWith("u")).toBe(true);
    for (const index of set) expect(await statusListBit(encoded, index)).toBe(true);
    for (const index of [1, 6, 9, 4241, 4243, LENGTH - 2]) {
      expect(await statusListBit(encoded, index)).toBe(false);
    }
  });

  it("puts index 0 in the leftmost bit of the first byte, as the specification says", async () => {
    const encoded = await encodeStatusList(16, [0]);
    const { gunzipSync } = await import("node:zlib");
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), "base64url"));
    expect(bytes[0]).toBe(0b1000_0000);
  });

  it("compresses an empty list of 16 KB to a short string", async () => {
    expect((await encodeStatusList(LENGTH, [])).length).toBeLessThan(200);
  });
});
