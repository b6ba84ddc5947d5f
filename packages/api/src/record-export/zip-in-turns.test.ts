import { randomBytes } from "node:crypto";
import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipInTurns } from "./zip-in-turns.ts";

describe("zipInTurns", () => {
  it("zips files larger than a slice, stored or deflated, and empty ones, byte for byte", async () => {
    const files = [
      { path: "record.json", bytes: strToU8(JSON.stringify({ a: "x".repeat(3_000_000) })) },
      { path: "evidence/photo.jpg", bytes: new Uint8Array(randomBytes(2_500_000)), stored: true },
      { path: "evidence/empty.txt", bytes: new Uint8Array(0) },
    ];
    const zip = await zipInTurns(files);
    const unzipped = unzipSync(zip);
    for (const file of files) {
      // Compared as buffers: a deep equality over millions of bytes takes the test's whole time.
      expect(Buffer.from(unzipped[file.path] ?? []).equals(file.bytes)).toBe(true);
    }
    // The JSON was deflated; the photo was stored as it is.
    expect(zip.byteLength).toBeLessThan(2_700_000);
  });

  it("lets other work run while it zips", async () => {
    let turns = 0;
    const ticking = setInterval(() => {
      turns += 1;
    }, 0);
    await zipInTurns([
      { path: "big.bin", bytes: new Uint8Array(randomBytes(8_000_000)), stored: true },
    ]);
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(2);
  });
});
