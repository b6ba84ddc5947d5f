import { describe, expect, it } from "vitest";
import { openSealedText, sealText } from "./sealed-text.ts";

const SERVER_SECRET = "fixture-server-secret-0123456789abcdef";

/* Sealed by the two copies this module replaced (open-badges' encryptSecretKey and the SSO
 * secret box's sealSecret), before they were merged: rows already stored must keep opening. */
const SEALED_BY_OLD_ISSUER_KEY_CODE =
  "v1.Xi617by7zMhQlSO_5vFEWQ.MZEwv0Rt4LzNC5mC.C-BdTAPFBLNKVh3DNk_Wcg.FNyK4S005XvAttbefBZ0QXqZkAJLenygb6g46Tw";
const SEALED_BY_OLD_SSO_CODE =
  "v1.mwAmyNOcZ8oRbcK9trFwYw.IthZQ-9cM7Z9TMPH.M5Qwm86wHcxPv0RVJQRl7Q.VVnK3HNRo3_NvtElDC4nVr-UIQ2CpXuBcw";

describe("sealed text", () => {
  it("opens values sealed before the two sealers were merged", () => {
    expect(openSealedText(SEALED_BY_OLD_ISSUER_KEY_CODE, SERVER_SECRET, "issuer key")).toBe(
      "z3u2fixture-issuer-secret-key",
    );
    expect(openSealedText(SEALED_BY_OLD_SSO_CODE, SERVER_SECRET, "sso client secret")).toBe(
      "fixture-sso-client-secret",
    );
  });

  it("opens only with the same server secret and purpose, and hides the text", () => {
    const sealed = sealText("a client secret", SERVER_SECRET, "sso client secret");
    expect(sealed).not.toContain("a client secret");
    expect(openSealedText(sealed, SERVER_SECRET, "sso client secret")).toBe("a client secret");
    expect(openSealedText(sealed, "another-server-secret", "sso client secret")).toBeNull();
    expect(openSealedText(sealed, SERVER_SECRET, "issuer key")).toBeNull();
  });

  it("refuses altered or foreign text", () => {
    const sealed = sealText("a signing key", SERVER_SECRET, "issuer key");
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith("AA") ? "BB" : "AA"}`;
    expect(openSealedText(altered, SERVER_SECRET, "issuer key")).toBeNull();
    expect(openSealedText("plain text", SERVER_SECRET, "issuer key")).toBeNull();
  });
});
