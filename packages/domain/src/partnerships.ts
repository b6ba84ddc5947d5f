import { z } from "zod";
import { idSchema, requiredText } from "./ids.ts";
import { plainText } from "./text.ts";

/*
 * Partnerships between districts of one installation, and the certified reviewers one district
 * offers another: the API's inputs, which the admin app's forms check with too.
 */

/** Proposing names the other district by its short name (its slug, e.g. `cedar-ridge`). */
export const proposePartnershipInputSchema = z.object({
  partnerSlug: requiredText({
    missing: "Enter the other district's short name",
    label: "District short name",
    max: 80,
    singleLine: true,
  }).transform((value) => value.toLowerCase()),
  note: plainText({ label: "Note", max: 1000 }).default(""),
});

export const partnershipIdInputSchema = z.object({ partnershipId: idSchema });

/** Offers one of the district's current certifications (a reviewer and a credential). */
export const offerReviewerInputSchema = z.object({
  partnershipId: idSchema,
  certificationId: idSchema,
});

export const offerIdInputSchema = z.object({ offerId: idSchema });

/** Accepting an offer names which of the district's own credentials the reviewer reviews. */
export const acceptReviewerOfferInputSchema = z.object({
  offerId: idSchema,
  credentialId: idSchema,
});
