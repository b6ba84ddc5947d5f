/// <reference path="./vendor-types.d.ts" />
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { Ed25519MultikeyPair } from "@digitalbazaar/ed25519-multikey";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";

/** A fresh Ed25519 key: the public half is published, the secret half is stored encrypted. */
export interface GeneratedIssuerKey {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

export async function generateIssuerKey(): Promise<GeneratedIssuerKey> {
  const pair = await Ed25519Multikey.generate();
  const exported = await pair.export({ publicKey: true, secretKey: true });
  if (!exported.secretKeyMultibase) throw new Error("The generated key has no secret half.");
  return {
    publicKeyMultibase: exported.publicKeyMultibase,
    secretKeyMultibase: exported.secretKeyMultibase,
  };
}

/** The key pair, named as the verification method `keyId` of `controller` (the issuer's DID). */
export function issuerKeyPair(params: {
  keyId: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase?: string;
}): Promise<Ed25519MultikeyPair> {
  return Ed25519Multikey.from({
    "@context": "https://w3id.org/security/multikey/v1",
    type: "Multikey",
    id: params.keyId,
    controller: params.controller,
    publicKeyMultibase: params.publicKeyMultibase,
    ...(params.secretKeyMultibase ? { secretKeyMultibase: params.secretKeyMultibase } : {}),
  });
}

const CIPHER = "aes-256-gcm";
const VERSION = "v1";
/** A label that keeps this key apart from anything else derived from the same server secret. */
const HKDF_INFO = "throughline issuer key encryption v1";

function encryptionKey(serverSecret: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, salt, HKDF_INFO, 32));
}

/**
 * Encrypts a secret key with AES-256-GCM under a key derived (HKDF-SHA256, random salt) from the
 * server secret. The result is `v1.<salt>.<iv>.<tag>.<ciphertext>`, base64url parts.
 */
export function encryptSecretKey(secretKeyMultibase: string, serverSecret: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv(CIPHER, encryptionKey(serverSecret, salt), iv);
  const ciphertext = Buffer.concat([cipher.update(secretKeyMultibase, "utf8"), cipher.final()]);
  return [VERSION, salt, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The secret key back; throws when the secret is wrong or the text was altered (GCM tag). */
export function decryptSecretKey(encrypted: string, serverSecret: string): string {
  const [version, salt, iv, tag, ciphertext] = encrypted.split(".");
  if (version !== VERSION || !salt || !iv || !tag || ciphertext === undefined) {
    throw new Error("Not an encrypted issuer key.");
  }
  const decipher = createDecipheriv(
    CIPHER,
    encryptionKey(serverSecret, Buffer.from(salt, "base64url")),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
