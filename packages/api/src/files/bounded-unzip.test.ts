import { strFromU8, strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { unzipWithinLimits, ZIP_LIMITS, ZipRefused } from "./bounded-unzip.ts";

const MB = 1024 * 1024;
const everything = () => true;

/** A small archive that inflates to `megabytes` of zeros: deflate packs them ~1,000 to 1. */
function zipBomb(megabytes: number): Uint8Array {
  return zipSync({ "users.csv": new Uint8Array(megabytes * MB) }, { level: 9 });
}

/** 64 MB of zeros in a few tens of kilobytes, made once (deflating it takes a moment). */
let bomb: Uint8Array;
beforeAll(() => {
  bomb = zipBomb(64);
});

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ZipRefused);
  return (error as ZipRefused).message;
}

describe("unzipWithinLimits", () => {
  it("opens an ordinary archive, only the entries asked for", async () => {
    const zip = zipSync({
      "users.csv": strToU8("sourcedId,email\nu1,a@b.test\n"),
      "demographics.csv": strToU8("sourcedId\nu1\n"),
      "folder/": new Uint8Array(0),
    });
    const entries = await unzipWithinLimits(zip, (name) => name === "users.csv");
    expect(entries.map(({ name, bytes }) => [name, strFromU8(bytes)])).toEqual([
      ["users.csv", "sourcedId,email\nu1,a@b.test\n"],
    ]);
  });

  it("refuses a bomb past the total size after inflating little more than the limit", async () => {
    expect(bomb.byteLength).toBeLessThan(MB);
    const used = process.memoryUsage().arrayBuffers;
    const message = await refusal(
      unzipWithinLimits(bomb, everything, { ...ZIP_LIMITS, totalBytes: 20 * MB, ratio: 1e9 }),
    );
    expect(message).toBe(
      "It unpacks to more than 20 MB, the most an import reads. Leave out files this import does not read (demographics, results).",
    );
    // Never the whole 64 MB: what was inflated before the refusal stays near the limit.
    expect(process.memoryUsage().arrayBuffers - used).toBeLessThan(48 * MB);
  });

  it("refuses a bomb by its ratio under the default limits", async () => {
    const message = await refusal(unzipWithinLimits(bomb, everything));
    expect(message).toBe(
      "It unpacks to more than 100 times its own size, which no roster export does; it was not opened.",
    );
  });

  it("refuses an archive with more entries than the limit, read or not", async () => {
    const many = Object.fromEntries(
      Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, index) => [
        `file-${index}.txt`,
        strToU8("x"),
      ]),
    );
    const message = await refusal(unzipWithinLimits(zipSync(many), () => false));
    expect(message).toBe("It holds more than 100 files, the most an import opens.");
  });

  it("refuses what is not a ZIP, and a ZIP cut short", async () => {
    expect(await refusal(unzipWithinLimits(strToU8("sourcedId,email\n"), everything))).toBe(
      "It is not a ZIP file.",
    );
    const whole = zipSync({ "users.csv": strToU8("a,b\n".repeat(10_000)) });
    expect(
      await refusal(unzipWithinLimits(whole.subarray(0, whole.byteLength / 2), everything)),
    ).toMatch(/^It (ends before its last file|is damaged)/);
  });
});
