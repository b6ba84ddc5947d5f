import { randomInt } from "node:crypto";
import type { Transaction } from "@throughline/db/client";
import {
  findSubmissionToAward,
  insertAwardedBadge,
  usedStatusIndexes,
} from "@throughline/db/queries/credentials/awarded-badge";
import { TRPCError } from "@trpc/server";
import { type BadgeIssuerConfig, signAwardedBadge } from "./badge-credential.ts";

export type { BadgeIssuerConfig } from "./badge-credential.ts";

/** Bits in a district's revocation list: the minimum size BitstringStatusList asks for (16 KB). */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * Awards the badge of an earned submission, inside the caller's transaction: the row with its
 * validity and a random, unused bit of the district's status list (random so that neighbouring
 * bits say nothing about who earned what) — then signed as an Open Badges 3.0 credential.
 */
export async function awardBadge(
  tx: Transaction,
  params: { districtId: string; submissionId: string; now: Date },
  issuer: BadgeIssuerConfig,
): Promise<{ badgeId: string }> {
  const found = await findSubmissionToAward(tx, params.submissionId);
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such submission." });

  const used = await usedStatusIndexes(tx);
  let statusIndex = randomInt(STATUS_LIST_LENGTH);
  while (used.has(statusIndex)) statusIndex = randomInt(STATUS_LIST_LENGTH);

  const { validityMonths } = found.version;
  const validUntil = validityMonths === null ? null : addMonths(params.now, validityMonths);
  const badgeId = await insertAwardedBadge(tx, {
    districtId: params.districtId,
    submissionId: found.submission.id,
    personId: found.submission.personId,
    credentialId: found.submission.credentialId,
    versionId: found.version.id,
    awardedAt: params.now,
    validFrom: params.now,
    validUntil,
    pdMinutes: found.version.pdMinutes,
    statusIndex,
  });
  await signAwardedBadge(tx, { districtId: params.districtId, badgeId, now: params.now }, issuer);
  return { badgeId };
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}
