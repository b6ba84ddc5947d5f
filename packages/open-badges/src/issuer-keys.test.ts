import { describe, expect, it } from "vitest";
import { decryptSecretKey, encryptSecretKey, generateIssuerKey } from "./issuer-keys.ts";

describe("issuer keys", () => {
  it("generates an Ed25519 Multikey", async () => {
    const key = await generateIssuerKey();
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(key.secretKeyMultibase).toMatch(/^z/);
  });

  it("encrypts the secret key so only the same server secret decrypts it", async () => {
    const { secretKeyMultibase } = await generateIssuerKey();
    const encrypted = encryptSecretKey(secretKeyMultibase, "server-secret-one");
    expect(encrypted).not.toContain(secretKeyMultibase);
    expect(decryptSecretKey(encrypted, "server-secret-one")).toBe(secretKeyMultibase);
    expect(() => decryptSecretKey(encrypted, "server-secret-two")).toThrow();
  });
});
