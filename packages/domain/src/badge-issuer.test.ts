import { describe, expect, it } from "vitest";
import { issuerProfileInputSchema, walletOfferInputSchema } from "./badge-issuer.ts";

describe("the issuer profile input", () => {
  it.each([
    ["https://www.maplevalley.k12.us", "https://www.maplevalley.k12.us"],
    ["  https://maplevalley.org/  ", "https://maplevalley.org/"],
    ["", null],
  ])("takes the website %j as %j", (given, saved) => {
    expect(issuerProfileInputSchema.parse({ websiteUrl: given }).websiteUrl).toBe(saved);
  });

  it.each(["maplevalley.org", "javascript:alert(1)", "ftp://maplevalley.org"])(
    "refuses %j with a message that says what to enter",
    (given) => {
      const result = issuerProfileInputSchema.safeParse({ websiteUrl: given });
      expect(result.error?.issues[0]?.message).toBe("Enter a web address starting with https://");
    },
  );

  it("keeps the logo when none is given and removes it when it is null", () => {
    expect(issuerProfileInputSchema.parse({ websiteUrl: "" })).not.toHaveProperty("logo");
    expect(issuerProfileInputSchema.parse({ websiteUrl: "", logo: null }).logo).toBeNull();
  });
});

describe("the wallet offer input", () => {
  it("needs a badge id", () => {
    expect(walletOfferInputSchema.safeParse({ badgeId: "x" }).success).toBe(false);
  });
});
