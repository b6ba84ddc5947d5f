import { randomInt } from "node:crypto";
import type { Transaction } from "@throughline/db/client";
import { awardedBadge, credentialSubmission, credentialVersion } from "@throughline/db/schema";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { signAwardedBadge } from "./badge-credential.ts";

/** What signing a badge needs from the server: its public origin and its secret. */
export interface BadgeIssuerConfig {
  publicUrl: string;
  secret: string;
}

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
  issuer: BadgeIssuerConfig | undefined,
): Promise<{ badgeId: string }> {
  if (!issuer) {
    throw new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: "Badges cannot be signed: the server has no secret configured.",
    });
  }
  const [found] = await tx
    .select({ submission: credentialSubmission, version: credentialVersion })
    .from(credentialSubmission)
    .innerJoin(
      credentialVersion,
      and(
        eq(credentialVersion.districtId, credentialSubmission.districtId),
        eq(credentialVersion.id, credentialSubmission.versionId),
      ),
    )
    .where(eq(credentialSubmission.id, params.submissionId));
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such submission." });

  const used = new Set(
    (await tx.select({ index: awardedBadge.statusIndex }).from(awardedBadge)).map(
      (row) => row.index,
    ),
  );
  let statusIndex = randomInt(STATUS_LIST_LENGTH);
  while (used.has(statusIndex)) statusIndex = randomInt(STATUS_LIST_LENGTH);

  const { validityMonths } = found.version;
  const validUntil = validityMonths === null ? null : addMonths(params.now, validityMonths);
  const [badge] = await tx
    .insert(awardedBadge)
    .values({
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
    })
    .returning({ id: awardedBadge.id });
  if (!badge) throw new Error("The badge row was not written.");
  await signAwardedBadge(
    tx,
    { districtId: params.districtId, badgeId: badge.id, now: params.now },
    issuer,
  );
  return { badgeId: badge.id };
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/** The issuer configuration from a request's context; undefined when the server has no secret. */
export function issuerConfigOf(ctx: {
  publicUrl?: string;
  secret?: string;
}): BadgeIssuerConfig | undefined {
  if (!ctx.secret) return undefined;
  return { publicUrl: ctx.publicUrl ?? "http://localhost:3000", secret: ctx.secret };
}
