import { describe, expect, it } from "vitest";
import { onedtechSchemaErrors } from "./onedtech-schema.ts";
import { buildOpenBadge } from "./open-badge.ts";
import { signCredential } from "./sign.ts";
import { sampleBadgeInput, testSigningKey } from "./test-fixtures.ts";

const NOW = new Date("2026-03-02T15:00:00Z");

describe("the 1EdTech Open Badges 3.0 schema", () => {
  it("accepts a signed credential, whose proof is an array", async () => {
    const signed = await signCredential(
      buildOpenBadge(sampleBadgeInput()),
      await testSigningKey(),
      NOW,
    );
    expect(Array.isArray(signed.proof)).toBe(true);
    expect(onedtechSchemaErrors(signed)).toEqual([]);
  });

  it("refuses a proof given as a single object, as credentials were signed before", async () => {
    const signed = await signCredential(
      buildOpenBadge(sampleBadgeInput()),
      await testSigningKey(),
      NOW,
    );
    const single = { ...signed, proof: (signed.proof as unknown[])[0] };
    expect(onedtechSchemaErrors(single)).toContain("/proof must be array");
  });

  it("accepts an issuer profile with the district's own website and logo", async () => {
    const input = sampleBadgeInput();
    const issuer = {
      ...input.issuer,
      url: "https://www.maplevalley.k12.us",
      imageUrl: "http://localhost:4100/districts/maple-valley/logo",
    };
    const signed = await signCredential(
      buildOpenBadge({ ...input, issuer }),
      await testSigningKey(),
      NOW,
    );
    expect(signed.issuer).toMatchObject({
      url: "https://www.maplevalley.k12.us",
      image: { id: issuer.imageUrl, type: "Image" },
    });
    expect(onedtechSchemaErrors(signed)).toEqual([]);
  });

  it("refuses an issuer whose type is a single string", () => {
    const built = buildOpenBadge(sampleBadgeInput());
    const issuer = { ...(built.issuer as Record<string, unknown>), type: "Profile" };
    expect(onedtechSchemaErrors({ ...built, issuer })).toContain("/issuer/type must be array");
  });
});
