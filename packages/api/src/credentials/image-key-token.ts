import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * A badge image's storage key travels through the admin's browser between the upload and the
 * saved definition. The upload route signs it, so a definition can only name an image that route
 * stored for the same district, never another file (a teacher's evidence, say) made public.
 */

/** A key for image references only, so no other signed value of the server can pass as one. */
function imageKeyKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("throughline:badge-image").digest();
}

function signatureOf(districtId: string, storageKey: string, secret: string): Buffer {
  return createHmac("sha256", imageKeyKey(secret)).update(`${districtId}:${storageKey}`).digest();
}

/** `<storage key>.<signature>`: what the upload route answers as the image's `storageKey`. */
export function signImageKey(districtId: string, storageKey: string, secret: string): string {
  return `${storageKey}.${signatureOf(districtId, storageKey, secret).toString("base64url")}`;
}

/** The storage key a signed reference names, or null when it was not signed for this district. */
export function readSignedImageKey(
  districtId: string,
  signed: string,
  secret: string,
): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const storageKey = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1), "base64url");
  const expected = signatureOf(districtId, storageKey, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return storageKey;
}
