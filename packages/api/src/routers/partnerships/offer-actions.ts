import {
  currentCertifications,
  insertGrant,
  insertOffer,
  offerForUpdate,
  openCredentials,
  openOfferOf,
  personByEmail,
  revokeGrantsOfOffer,
  setOfferDecision,
} from "@throughline/db/queries/partnerships/partner-offers";
import { createPersonInvite } from "@throughline/db/queries/people/people-admin-invites";
import { createPerson } from "@throughline/db/queries/people/people-admin-write";
import { inviteLifetimeDays } from "@throughline/domain/people-admin";
import { mayOfferCertification } from "@throughline/domain/rules/partner-reviewing";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import { fieldProblem } from "../../field-problem.ts";
import { inviteUrl, newInviteToken } from "../../invite-token.ts";
import type { TenantScope } from "../../session.ts";
import { partnershipOfParty } from "./partnership-actions.ts";

/*
 * A certified reviewer offered to a partner: the offering district offers and withdraws; the
 * receiving district accepts (onto one of its own credentials) or declines. Each decision is
 * on the acting district's audit log.
 */

const DAY_MS = 86_400_000;

async function offerOfParty(ctx: TenantScope, offerId: string) {
  const offer = await offerForUpdate(ctx.tx, offerId);
  if (!offer) throw new TRPCError({ code: "NOT_FOUND", message: "No such offer." });
  return offer;
}

const settled = (offer: { withdrawnAt: Date | null; declinedAt: Date | null }) =>
  offer.withdrawnAt ? "withdrawn" : offer.declinedAt ? "declined" : null;

export async function offerReviewer(
  ctx: TenantScope,
  input: { partnershipId: string; certificationId: string },
) {
  const partnership = await partnershipOfParty(ctx, input.partnershipId);
  if (partnership.state !== "active") {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Reviewers are offered once the partner has accepted the partnership.",
    });
  }
  const now = new Date();
  const certification = (await currentCertifications(ctx.tx, now)).find(
    (row) => row.certificationId === input.certificationId,
  );
  if (!certification || !mayOfferCertification(certification, now)) {
    throw fieldProblem(
      ["certificationId"],
      "Choose a reviewer whose certification is current.",
      "NOT_FOUND",
    );
  }
  if (await openOfferOf(ctx.tx, input)) {
    throw fieldProblem(
      ["certificationId"],
      `${certification.reviewerName} is already offered to this partner for ${certification.credentialName}.`,
      "CONFLICT",
    );
  }
  const id = await insertOffer(ctx.tx, {
    partnershipId: partnership.id,
    offeringDistrictId: ctx.districtId,
    receivingDistrictId: partnership.otherDistrictId,
    certificationId: certification.certificationId,
    credentialId: certification.credentialId,
    credentialName: certification.credentialName,
    reviewerName: certification.reviewerName,
    reviewerEmail: certification.reviewerEmail,
    certifiedUntil: certification.expiresAt,
    offeredAt: now,
  });
  await audit(ctx, {
    action: "partner_reviewer.offered",
    subjectKind: "person",
    subjectId: certification.personId,
    before: null,
    after: {
      credential: certification.credentialName,
      until: certification.expiresAt.toISOString(),
    },
  });
  return { id };
}

export async function withdrawOffer(ctx: TenantScope, offerId: string) {
  const offer = await offerOfParty(ctx, offerId);
  if (offer.offeringDistrictId !== ctx.districtId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the district that offered withdraws.",
    });
  }
  const done = settled(offer);
  if (done) throw new TRPCError({ code: "CONFLICT", message: `This offer was ${done}.` });
  await setOfferDecision(ctx.tx, { offerId, field: "withdrawnAt", now: new Date() });
  await audit(ctx, {
    action: "partner_reviewer.withdrawn",
    subjectKind: "district",
    subjectId: offer.receivingDistrictId,
    before: { reviewer: offer.reviewerName, credential: offer.credentialName },
    after: null,
  });
}

/** The receiving district stops an offer: declined before accepting, or its grant ended after. */
export async function declineOffer(ctx: TenantScope, offerId: string) {
  const offer = await offerOfParty(ctx, offerId);
  if (offer.receivingDistrictId !== ctx.districtId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the district offered a reviewer declines.",
    });
  }
  const done = settled(offer);
  if (done) throw new TRPCError({ code: "CONFLICT", message: `This offer was ${done}.` });
  const now = new Date();
  await setOfferDecision(ctx.tx, { offerId, field: "declinedAt", now });
  await revokeGrantsOfOffer(ctx.tx, { offerId, now });
  await audit(ctx, {
    action: "partner_reviewer.declined",
    subjectKind: "district",
    subjectId: offer.offeringDistrictId,
    before: { reviewer: offer.reviewerName, credential: offer.credentialName },
    after: null,
  });
}

/**
 * Accepts an offered reviewer onto one of this district's credentials: the reviewer gets a
 * person here (no role: reviewing is all they do here) and a grant that counts like a
 * certification until the source certification expires. A person without a sign-in here gets
 * a one-time link, shown once, which their existing sign-in joins at `/invite/…/join`.
 */
export async function acceptOffer(
  ctx: TenantScope & { publicUrl: string },
  input: { offerId: string; credentialId: string },
) {
  const offer = await offerOfParty(ctx, input.offerId);
  if (offer.receivingDistrictId !== ctx.districtId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This reviewer was offered to the partner.",
    });
  }
  const done = settled(offer) ?? (offer.acceptedAt ? "accepted" : null);
  if (done) throw new TRPCError({ code: "CONFLICT", message: `This offer was ${done}.` });
  const now = new Date();
  if (!mayOfferCertification({ expiresAt: offer.certifiedUntil }, now)) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "This reviewer's certification has expired.",
    });
  }
  const partnership = await partnershipOfParty(ctx, offer.partnershipId);
  if (partnership.state !== "active") {
    throw new TRPCError({ code: "CONFLICT", message: "This partnership is not in force." });
  }
  const credential = (await openCredentials(ctx.tx)).find((row) => row.id === input.credentialId);
  if (!credential) {
    throw fieldProblem(
      ["credentialId"],
      "Choose one of your district's open credentials.",
      "NOT_FOUND",
    );
  }

  const existing = await personByEmail(ctx.tx, offer.reviewerEmail);
  if (existing && !existing.active) {
    throw new TRPCError({
      code: "CONFLICT",
      message: `${offer.reviewerName} is deactivated in your district; reactivate them first.`,
    });
  }
  let personId = existing?.id;
  if (!personId) {
    const created = await createPerson(ctx.tx, {
      districtId: ctx.districtId,
      input: { displayName: offer.reviewerName, email: offer.reviewerEmail, roles: [] },
    });
    if (!created.ok) throw new Error("The reviewer's address was taken meanwhile.");
    personId = created.personId;
  }
  await insertGrant(ctx.tx, {
    districtId: ctx.districtId,
    personId,
    credentialId: credential.id,
    offerId: offer.id,
    sourceDistrictId: offer.offeringDistrictId,
    sourceCertificationId: offer.certificationId,
    expiresAt: offer.certifiedUntil,
    acceptedById: ctx.personId,
  });
  await setOfferDecision(ctx.tx, { offerId: offer.id, field: "acceptedAt", now });

  let invite: { url: string; expiresAt: Date } | null = null;
  if (!existing?.userId) {
    const expiresAt = new Date(now.getTime() + inviteLifetimeDays * DAY_MS);
    const { token, tokenHash } = newInviteToken(ctx.districtId);
    await createPersonInvite(ctx.tx, {
      districtId: ctx.districtId,
      personId,
      createdById: ctx.personId,
      tokenHash,
      expiresAt,
      now,
    });
    invite = { url: inviteUrl(ctx.publicUrl, token), expiresAt };
  }
  await audit(ctx, {
    action: "partner_reviewer.accepted",
    subjectKind: "person",
    subjectId: personId,
    before: null,
    after: {
      credential: credential.name,
      from: partnership.otherDistrictId,
      until: offer.certifiedUntil.toISOString(),
    },
  });
  return { personId, invite };
}
