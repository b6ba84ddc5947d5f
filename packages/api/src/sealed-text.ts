import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/*
 * Secrets kept at rest under the server secret (badge issuer signing keys, identity-provider
 * client secrets): AES-256-GCM under a key derived with HKDF-SHA256 from the server secret, a
 * random salt per value and a label per purpose, so a value sealed for one purpose never opens
 * as another. The stored text is `v1.<salt>.<iv>.<tag>.<ciphertext>`, base64url parts.
 */

const CIPHER = "aes-256-gcm";
const VERSION = "v1";

/** What a sealed value is for; each purpose derives its own key. */
type SealingPurpose = "issuer key" | "sso client secret";

/** The HKDF labels, unchanged since each purpose had its own copy: values sealed then still open. */
const HKDF_INFO: Record<SealingPurpose, string> = {
  "issuer key": "throughline issuer key encryption v1",
  "sso client secret": "throughline sso client secret v1",
};

function keyFor(serverSecret: string, salt: Buffer, purpose: SealingPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, salt, HKDF_INFO[purpose], 32));
}

export function sealText(plain: string, serverSecret: string, purpose: SealingPurpose): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv(CIPHER, keyFor(serverSecret, salt, purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, salt, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The text back, or null when the server secret or purpose differs or the text was altered. */
export function openSealedText(
  sealed: string,
  serverSecret: string,
  purpose: SealingPurpose,
): string | null {
  const [version, salt, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !salt || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv(
      CIPHER,
      keyFor(serverSecret, Buffer.from(salt, "base64url"), purpose),
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
