import { beforeAll, describe, expect, it } from "vitest";
import { buildOpenBadge } from "./open-badge.ts";
import { openBadgeCredentialSchema } from "./open-badge-schema.ts";
import { signCredential } from "./sign.ts";
import { sampleBadgeInput, testSigningKey } from "./test-fixtures.ts";

let signed: Record<string, unknown>;

beforeAll(async () => {
  signed = await signCredential(
    buildOpenBadge(sampleBadgeInput()),
    await testSigningKey(),
    new Date("2026-03-02T15:00:00Z"),
  );
});

/** Removes the field at `path` from a copy of the signed credential. */
function without(path: string[]): Record<string, unknown> {
  const copy = structuredClone(signed);
  let node: Record<string, unknown> = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string, unknown>;
  const last = path.at(-1);
  if (last !== undefined) delete node[last];
  return copy;
}

const REQUIRED_FIELDS: string[][] = [
  ["@context"],
  ["id"],
  ["type"],
  ["name"],
  ["issuer"],
  ["issuer", "id"],
  ["issuer", "type"],
  ["validFrom"],
  ["credentialSubject"],
  ["credentialSubject", "type"],
  ["credentialSubject", "achievement"],
  ["credentialSubject", "achievement", "id"],
  ["credentialSubject", "achievement", "type"],
  ["credentialSubject", "achievement", "name"],
  ["credentialSubject", "achievement", "description"],
  ["credentialSubject", "achievement", "criteria"],
  ["credentialSubject", "achievement", "criteria", "narrative"],
  ["credentialSubject", "achievement", "image", "id"],
  ["credentialSubject", "achievement", "image", "type"],
  ["proof"],
];

describe("the Open Badges 3.0 schema", () => {
  it("accepts a built and signed credential", () => {
    expect(openBadgeCredentialSchema.safeParse(signed).success).toBe(true);
  });

  it.each(REQUIRED_FIELDS.map((path) => [path.join("."), path] as const))(
    "rejects a credential without %s",
    (_name, path) => {
      expect(openBadgeCredentialSchema.safeParse(without(path)).success).toBe(false);
    },
  );

  it.each([["hashed"], ["identityHash"], ["identityType"], ["type"]])(
    "rejects an IdentityObject without %s",
    (field) => {
      const copy = structuredClone(signed);
      const subject = copy.credentialSubject as { identifier: Array<Record<string, unknown>> };
      const identity = subject.identifier[0];
      if (identity) delete identity[field];
      expect(openBadgeCredentialSchema.safeParse(copy).success).toBe(false);
    },
  );
});
