import { openSealedText, sealText } from "../sealed-text.ts";

/*
 * Identity-provider client secrets at rest, sealed under the server secret as the badge issuer
 * keys are (`../sealed-text.ts`). The sealed text sits inside an object, so it can never be
 * mistaken for a secret that happens to look like one.
 */

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

export function sealSecret(plain: string, serverSecret: string): SealedSecret {
  return { sealed: sealText(plain, serverSecret, "sso client secret") };
}

/** The secret back, or null when the server secret changed or the text was altered. */
export function openSecret(secret: SealedSecret, serverSecret: string): string | null {
  return openSealedText(secret.sealed, serverSecret, "sso client secret");
}
