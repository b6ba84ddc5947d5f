import { describe, expect, it } from "vitest";
import { readSignedImageKey, signImageKey } from "./image-key-token.ts";

const SECRET = "a-server-secret-for-the-image-key-tests";
const DISTRICT = "11111111-1111-4111-8111-111111111111";
const KEY = `${DISTRICT}/22222222-2222-4222-8222-222222222222`;

describe("signed badge image keys", () => {
  it("reads back the key it signed", () => {
    expect(readSignedImageKey(DISTRICT, signImageKey(DISTRICT, KEY, SECRET), SECRET)).toBe(KEY);
  });

  it.each([
    ["a bare storage key", KEY, SECRET],
    [
      "another key under the same signature",
      `${DISTRICT}/33333333-3333-4333-8333-333333333333.${signImageKey(DISTRICT, KEY, SECRET).split(".")[1]}`,
      SECRET,
    ],
    ["another secret's signature", signImageKey(DISTRICT, KEY, "another-secret"), SECRET],
  ])("refuses %s", (_case, signed, secret) => {
    expect(readSignedImageKey(DISTRICT, signed, secret)).toBeNull();
  });

  it("refuses a key signed for another district", () => {
    const other = "44444444-4444-4444-8444-444444444444";
    expect(readSignedImageKey(DISTRICT, signImageKey(other, KEY, SECRET), SECRET)).toBeNull();
  });
});
