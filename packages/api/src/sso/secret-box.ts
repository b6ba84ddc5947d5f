import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/*
 * Identity-provider client secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256, random
 * salt per secret) from the server secret, as the badge issuer keys are kept. The stored form is
 * `v1.<salt>.<iv>.<tag>.<ciphertext>` (base64url parts) inside an object, so it can never be
 * mistaken for a secret that happens to look like one.
 */

const CIPHER = "aes-256-gcm";
const VERSION = "v1";
/** Keeps this key apart from anything else derived from the same server secret. */
const HKDF_INFO = "throughline sso client secret v1";

/** How a secret sits in the stored provider configuration. */
export interface SealedSecret {
  sealed: string;
}

export function isSealedSecret(value: unknown): value is SealedSecret {
  return (
    typeof value === "object" &&
    value !== null &&
    "sealed" in value &&
    typeof value.sealed === "string"
  );
}

function keyFor(serverSecret: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, salt, HKDF_INFO, 32));
}

export function sealSecret(plain: string, serverSecret: string): SealedSecret {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv(CIPHER, keyFor(serverSecret, salt), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const sealed = [VERSION, salt, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
  return { sealed };
}

/** The secret back, or null when the server secret changed or the text was altered. */
export function openSecret(secret: SealedSecret, serverSecret: string): string | null {
  const [version, salt, iv, tag, ciphertext] = secret.sealed.split(".");
  if (version !== VERSION || !salt || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv(
      CIPHER,
      keyFor(serverSecret, Buffer.from(salt, "base64url")),
      Buffer.from(iv, "base64url"),
    );
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}
