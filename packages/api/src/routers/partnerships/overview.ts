import {
  currentCertifications,
  grantsHere,
  offersOfPartnerships,
  openCredentials,
} from "@throughline/db/queries/partnerships/partner-offers";
import { districtSlugOf, partnershipsOf } from "@throughline/db/queries/partnerships/partnerships";
import {
  partnershipState,
  suggestedCredentialId,
} from "@throughline/domain/rules/partner-reviewing";
import type { TenantScope } from "../../session.ts";

/**
 * What a district admin sees of the district's partnerships: each partnership from this
 * district's side, the reviewers offered each way (only what the offering district shared),
 * the district's own current certifications it may offer, and its credentials to accept an
 * offered reviewer onto, with the one an offer most likely means.
 */
export async function partnershipsOverview(ctx: TenantScope) {
  const now = new Date();
  const partnerships = await partnershipsOf(ctx.tx, ctx.districtId);
  const offers = await offersOfPartnerships(
    ctx.tx,
    partnerships.map((partnership) => partnership.id),
  );
  const credentials = await openCredentials(ctx.tx);
  const grants = await grantsHere(ctx.tx);
  const certifications = await currentCertifications(ctx.tx, now);

  return {
    ownShortName: await districtSlugOf(ctx.tx, ctx.districtId),
    partnerships: partnerships.map((partnership) => {
      const proposedByUs = partnership.proposerDistrictId === ctx.districtId;
      const ofThis = offers.filter((offer) => offer.partnershipId === partnership.id);
      return {
        id: partnership.id,
        partnerName: proposedByUs ? partnership.partnerName : partnership.proposerName,
        proposedByUs,
        note: partnership.note,
        state: partnershipState(partnership),
        proposedAt: partnership.proposedAt,
        acceptedAt: partnership.acceptedAt,
        endedAt: partnership.endedAt,
        offered: ofThis
          .filter((offer) => offer.offeringDistrictId === ctx.districtId)
          .map((offer) => ({
            id: offer.id,
            reviewerName: offer.reviewerName,
            credentialName: offer.credentialName,
            certifiedUntil: offer.certifiedUntil,
            offeredAt: offer.offeredAt,
            status: offerStatus(offer),
          })),
        received: ofThis
          .filter((offer) => offer.receivingDistrictId === ctx.districtId)
          .map((offer) => {
            const grant = grants.find((row) => row.offerId === offer.id) ?? null;
            return {
              id: offer.id,
              reviewerName: offer.reviewerName,
              reviewerEmail: offer.reviewerEmail,
              credentialName: offer.credentialName,
              certifiedUntil: offer.certifiedUntil,
              offeredAt: offer.offeredAt,
              status: offerStatus(offer),
              suggestedCredentialId: suggestedCredentialId(offer.credentialName, credentials),
              reviewsFor:
                grant &&
                (credentials.find((entry) => entry.id === grant.credentialId)?.name ?? null),
            };
          }),
      };
    }),
    certifications: certifications.map((row) => ({
      certificationId: row.certificationId,
      reviewerName: row.reviewerName,
      credentialName: row.credentialName,
      expiresAt: row.expiresAt,
    })),
    credentials,
  };
}

type OfferStatus = "offered" | "accepted" | "declined" | "withdrawn" | "expired";

function offerStatus(offer: {
  acceptedAt: Date | null;
  declinedAt: Date | null;
  withdrawnAt: Date | null;
  certifiedUntil: Date;
}): OfferStatus {
  if (offer.withdrawnAt) return "withdrawn";
  if (offer.declinedAt) return "declined";
  if (offer.certifiedUntil <= new Date()) return "expired";
  return offer.acceptedAt ? "accepted" : "offered";
}
