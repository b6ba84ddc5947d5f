import { createHash } from "node:crypto";

export const VC_CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2";
export const OB_CONTEXT_V3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

interface BadgeAlignment {
  name: string;
  url: string;
  description?: string;
}

/** Everything an OpenBadgeCredential says, gathered by the caller; the builder does no I/O. */
export interface OpenBadgeInput {
  badgeId: string;
  /** `url` is the district's own website when it gave one; `imageUrl` its logo, when it has one. */
  issuer: { did: string; name: string; url: string; imageUrl?: string | null };
  achievement: {
    id: string;
    name: string;
    competency: string;
    criteriaNarrative: string;
    imageUrl: string;
    alignments: BadgeAlignment[];
    pdHours: number;
  };
  earner: { email: string; salt: string };
  evidence: { name: string; description: string };
  validFrom: Date;
  validUntil: Date | null;
  status: { listUrl: string; index: number };
}

/** `sha256$<hex>` of the email (trimmed, lower-cased) and salt, as OB 3.0's IdentityHash. */
export function identityHash(email: string, salt: string): string {
  const digest = createHash("sha256")
    .update(email.trim().toLowerCase() + salt)
    .digest("hex");
  return `sha256$${digest}`;
}

/** XSD dateTime without milliseconds, the form VC examples and validators expect. */
export function dateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The unsigned Open Badges 3.0 credential (an `OpenBadgeCredential`, VC Data Model 2.0) for an
 * earned micro-credential. PD hours are the Achievement's `creditsAvailable` and the subject's
 * `creditsEarned` (OB 3.0 "credit hours"). The subject is identified only by a salted hash of
 * the earner's email; the evidence describes the submission, it does not include its files.
 */
export function buildOpenBadge(input: OpenBadgeInput): Record<string, unknown> {
  const { achievement, issuer } = input;
  return {
    "@context": [VC_CONTEXT_V2, OB_CONTEXT_V3_0_3],
    id: `urn:uuid:${input.badgeId}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: achievement.name,
    // The credential's own display image (OB 3.0 allows one): the PNG every wallet can show.
    image: { id: achievement.imageUrl, type: "Image", caption: achievement.name },
    issuer: {
      id: issuer.did,
      type: ["Profile"],
      name: issuer.name,
      url: issuer.url,
      ...(issuer.imageUrl ? { image: { id: issuer.imageUrl, type: "Image" } } : {}),
    },
    validFrom: dateTime(input.validFrom),
    ...(input.validUntil ? { validUntil: dateTime(input.validUntil) } : {}),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityType: "emailAddress",
          hashed: true,
          identityHash: identityHash(input.earner.email, input.earner.salt),
          salt: input.earner.salt,
        },
      ],
      creditsEarned: achievement.pdHours,
      achievement: {
        id: achievement.id,
        type: ["Achievement"],
        achievementType: "MicroCredential",
        name: achievement.name,
        description: achievement.competency,
        criteria: { narrative: achievement.criteriaNarrative },
        image: { id: achievement.imageUrl, type: "Image", caption: achievement.name },
        creditsAvailable: achievement.pdHours,
        ...(achievement.alignments.length > 0
          ? {
              alignment: achievement.alignments.map((alignment) => ({
                type: ["Alignment"],
                targetName: alignment.name,
                targetUrl: alignment.url,
                ...(alignment.description ? { targetDescription: alignment.description } : {}),
                targetType: "ceasn:Competency",
              })),
            }
          : {}),
      },
    },
    evidence: [
      { type: ["Evidence"], name: input.evidence.name, description: input.evidence.description },
    ],
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
  };
}
