import { describe, expect, it } from "vitest";
import { generateIssuerKey } from "./issuer-keys.ts";

describe("issuer keys", () => {
  it("generates an Ed25519 Multikey", async () => {
    const key = await generateIssuerKey();
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(key.secretKeyMultibase).toMatch(/^z/);
  });
});
