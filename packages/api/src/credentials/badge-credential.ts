import { randomBytes } from "node:crypto";
import type { Transaction } from "@throughline/db/client";
import {
  findBadgeToSign,
  storeSignedCredential,
  submissionEvidenceKeys,
  versionIndicators,
} from "@throughline/db/queries/credentials/awarded-badge";
import type { EvidenceRequirement } from "@throughline/domain/credential";
import { buildOpenBadge } from "@throughline/open-badges/open-badge";
import { issuerUrls } from "@throughline/open-badges/public-urls";
import { signCredential } from "@throughline/open-badges/sign";
import { currentSigningKey } from "./issuer-key-store.ts";

const MINUTES_PER_HOUR = 60;

/** What signing a badge needs from the server: its public origin and its secret. */
export interface BadgeIssuerConfig {
  publicUrl: string;
  secret: string;
}

/**
 * Builds the Open Badges 3.0 credential of an awarded badge, signs it with the district's
 * current key (made on first need) and stores it on the badge row, in the caller's transaction.
 */
export async function signAwardedBadge(
  tx: Transaction,
  params: { districtId: string; badgeId: string; now: Date },
  issuer: BadgeIssuerConfig,
): Promise<Record<string, unknown>> {
  const found = await findBadgeToSign(tx, params.badgeId);
  if (!found) throw new Error("No such badge to sign.");

  const urls = issuerUrls(issuer.publicUrl, found.district.slug);
  const achievementUrl = urls.achievement(found.version.id);
  const alignments = await versionIndicators(tx, found.version.id);
  const evidenceKeys = await submissionEvidenceKeys(tx, found.submission.id);

  const unsigned = buildOpenBadge({
    badgeId: found.badge.id,
    issuer: {
      did: urls.did,
      name: found.district.name,
      // The district's own site and logo when it set them (admin: Micro-credentials, Issuer).
      url: found.district.websiteUrl ?? issuer.publicUrl,
      imageUrl: found.district.logoStorageKey ? urls.logo : null,
    },
    achievement: {
      id: achievementUrl,
      name: found.version.name,
      competency: found.version.competency,
      criteriaNarrative: found.version.criteriaNarrative,
      // PNG, not the SVG: LinkedIn and several wallets show no SVG.
      imageUrl: urls.achievementImagePng(found.version.id),
      // The Achievement document lists its indicators; each alignment points at its entry.
      alignments: alignments.map((entry) => ({
        name: `${entry.code} ${entry.title}`,
        url: `${achievementUrl}#indicator-${encodeURIComponent(entry.code)}`,
      })),
      pdHours: found.badge.pdMinutes / MINUTES_PER_HOUR,
    },
    earner: { email: found.person.email, salt: randomBytes(16).toString("base64url") },
    evidence: {
      name: `Submission for ${found.version.name}, attempt ${found.submission.attempt}`,
      description: describeSubmission({
        requirements: found.version.requirements,
        itemKeys: evidenceKeys,
        attempt: found.submission.attempt,
        submittedAt: found.submission.submittedAt,
        decidedAt: found.submission.decidedAt ?? params.now,
      }),
    },
    validFrom: found.badge.validFrom,
    validUntil: found.badge.validUntil,
    status: { listUrl: urls.statusList, index: found.badge.statusIndex },
  });

  const key = await currentSigningKey(tx, {
    districtId: params.districtId,
    secret: issuer.secret,
    did: urls.did,
  });
  const signed = await signCredential(unsigned, key, params.now);
  await storeSignedCredential(tx, found.badge.id, signed);
  return signed;
}

/** The submission in words: which requirements it met with how many items, and when. */
export function describeSubmission(params: {
  requirements: EvidenceRequirement[];
  itemKeys: string[];
  attempt: number;
  submittedAt: Date | null;
  decidedAt: Date;
}): string {
  const met = params.requirements.map((requirement) => {
    const count = params.itemKeys.filter((key) => key === requirement.key).length;
    return `${requirement.label} (${count} ${count === 1 ? "item" : "items"})`;
  });
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const submitted = params.submittedAt ? `, submitted ${day(params.submittedAt)}` : "";
  return [
    `Classroom evidence, attempt ${params.attempt}${submitted}.`,
    `Requirements met: ${met.join("; ")}.`,
    `Reviewed against the rubric by certified reviewers and judged earned on ${day(params.decidedAt)}.`,
  ].join(" ");
}
