import { statusListBit } from "@throughline/open-badges/status-list";
import { verifySignature } from "@throughline/open-badges/verify";
import { z } from "zod";

export type BadgeVerdict =
  | { kind: "verified" }
  | { kind: "revoked"; on: Date | null }
  | { kind: "expired"; on: Date }
  | { kind: "invalid"; why: string };

const checkedFieldsSchema = z.object({
  issuer: z.object({ id: z.string() }),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime().optional(),
  credentialStatus: z.object({ statusListIndex: z.string().regex(/^\d+$/) }),
});

const statusListSchema = z.object({ credentialSubject: z.object({ encodedList: z.string() }) });

/**
 * The verdict a verifier would reach now, in the order a verifier checks: the signature against
 * the issuer's DID document, then the revocation bit in the issuer's status list, then the
 * validity dates. The DID document and status list are the ones this server publishes.
 */
export async function verifyBadge(params: {
  credential: Record<string, unknown>;
  didDocument: Record<string, unknown>;
  statusList: Record<string, unknown>;
  /** When the district revoked it; the reason stays with the district's record. */
  revokedOn: Date | null;
  now: Date;
}): Promise<BadgeVerdict> {
  const fields = checkedFieldsSchema.safeParse(params.credential);
  if (!fields.success)
    return { kind: "invalid", why: "The credential is missing required fields." };

  const did = params.didDocument.id;
  const signature = await verifySignature(params.credential, async (asked) =>
    asked === did ? params.didDocument : null,
  );
  if (!signature.ok) {
    return { kind: "invalid", why: "Its signature does not match its content or issuer." };
  }

  const list = statusListSchema.safeParse(params.statusList);
  if (!list.success) return { kind: "invalid", why: "The issuer's status list cannot be read." };
  const index = Number(fields.data.credentialStatus.statusListIndex);
  if (await statusListBit(list.data.credentialSubject.encodedList, index)) {
    return { kind: "revoked", on: params.revokedOn };
  }

  if (new Date(fields.data.validFrom) > params.now) {
    return { kind: "invalid", why: "It is not valid yet." };
  }
  if (fields.data.validUntil && new Date(fields.data.validUntil) < params.now) {
    return { kind: "expired", on: new Date(fields.data.validUntil) };
  }
  return { kind: "verified" };
}
