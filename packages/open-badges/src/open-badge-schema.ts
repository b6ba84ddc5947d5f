import { z } from "zod";

/*
 * The fields Open Badges 3.0 (1EdTech, https://www.imsglobal.org/spec/ob/v3p0/) REQUIRES, from
 * the data model tables of its appendix (Data Models). Optional fields are let
 * through untouched (`looseObject`): this schema checks what a conforming verifier may rely on.
 */

/** A single value or an array of them must contain `name` (JSON-LD `type` may be either). */
function typeIncluding(...names: string[]) {
  return z
    .union([z.string(), z.array(z.string()).min(1)])
    .refine(
      (value) => names.every((name) => (Array.isArray(value) ? value : [value]).includes(name)),
      {
        message: `type must include ${names.join(", ")}`,
      },
    );
}

const uri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, "must be a URI");
/** OB 3.0 DateTime: ISO 8601 / XSD dateTime with a time zone. */
const dateTime = z.iso.datetime({ offset: true });

/** The Image table: id (URI) [1], type ("Image") [1]. */
const imageSchema = z.looseObject({
  id: uri,
  type: z.literal("Image"),
});

/** The Criteria table: id [0..1], narrative [0..1]; one of the two must be present. */
const criteriaSchema = z
  .looseObject({ id: uri.optional(), narrative: z.string().min(1).optional() })
  .refine((criteria) => criteria.id !== undefined || criteria.narrative !== undefined, {
    message: "criteria needs an id or a narrative",
  });

/** The IdentityObject table: type [1], hashed [1], identityHash [1], identityType [1]; salt [0..1]. */
const identityObjectSchema = z.looseObject({
  type: z.literal("IdentityObject"),
  hashed: z.boolean(),
  identityHash: z.string().min(1),
  identityType: z.string().min(1),
  salt: z.string().optional(),
});

/** The Alignment table: type [1] (includes "Alignment"), targetName [1], targetUrl [1]. */
const alignmentSchema = z.looseObject({
  type: typeIncluding("Alignment"),
  targetName: z.string().min(1),
  targetUrl: uri,
});

/** The Achievement table: id [1], type [1] (includes "Achievement"), criteria [1], description [1], name [1]. */
const achievementSchema = z.looseObject({
  id: uri,
  type: typeIncluding("Achievement"),
  criteria: criteriaSchema,
  description: z.string().min(1),
  name: z.string().min(1),
  image: imageSchema.optional(),
  alignment: z.array(alignmentSchema).optional(),
});

/**
 * The AchievementSubject table: type [1] (includes "AchievementSubject"), achievement [1]; the
 * subject is identified by id [0..1] or identifier [0..*] (IdentityObject).
 */
const achievementSubjectSchema = z.looseObject({
  type: typeIncluding("AchievementSubject"),
  achievement: achievementSchema,
  identifier: z.array(identityObjectSchema).optional(),
});

/** The Profile table: id [1], type [1] (includes "Profile"). */
const profileSchema = z.looseObject({
  id: uri,
  type: typeIncluding("Profile"),
});

/** The Evidence table: type [1] (includes "Evidence"). */
const evidenceSchema = z.looseObject({ type: typeIncluding("Evidence") });

/**
 * The Proof table (with VC Data Integrity): type [1]; a DataIntegrityProof also names its
 * cryptosuite, proofPurpose, verificationMethod and proofValue, which verification needs.
 */
const proofSchema = z.looseObject({
  type: z.string().min(1),
  cryptosuite: z.string().min(1),
  proofPurpose: z.string().min(1),
  verificationMethod: uri,
  proofValue: z.string().min(1),
});

/**
 * The AchievementCredential table (alias OpenBadgeCredential): @context [1..*] (VC 2.0 first, then
 * the OB 3.0 context), id [1], type [1] (VerifiableCredential and OpenBadgeCredential or
 * AchievementCredential), name [1], credentialSubject [1], issuer [1], validFrom [1]; proof is
 * [0..*] in the table but an embedded proof is how this credential is verified.
 */
export const openBadgeCredentialSchema = z.looseObject({
  "@context": z
    .array(z.union([z.string(), z.record(z.string(), z.unknown())]))
    .min(2)
    .refine((contexts) => contexts[0] === "https://www.w3.org/ns/credentials/v2", {
      message: "the first context must be the VC 2.0 context",
    })
    .refine(
      (contexts) =>
        contexts.some(
          (c) =>
            typeof c === "string" &&
            c.startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context"),
        ),
      { message: "the Open Badges 3.0 context is missing" },
    ),
  id: uri,
  type: z
    .array(z.string())
    .refine(
      (types) =>
        types.includes("VerifiableCredential") &&
        (types.includes("OpenBadgeCredential") || types.includes("AchievementCredential")),
      { message: "type must include VerifiableCredential and OpenBadgeCredential" },
    ),
  name: z.string().min(1),
  credentialSubject: achievementSubjectSchema,
  issuer: profileSchema,
  validFrom: dateTime,
  validUntil: dateTime.optional(),
  evidence: z.array(evidenceSchema).optional(),
  proof: z.union([proofSchema, z.array(proofSchema).min(1)]),
});
