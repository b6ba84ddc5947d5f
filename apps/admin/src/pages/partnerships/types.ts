import type { RouterOutputs } from "@throughline/api/types";

export type PartnershipsOverview = RouterOutputs["partnerships"]["overview"];
export type Partnership = PartnershipsOverview["partnerships"][number];
export type ReceivedOffer = Partnership["received"][number];

/** How an offer's status reads, and its badge. */
export const offerStatusLabels: Record<
  ReceivedOffer["status"],
  { label: string; variant: "neutral" | "success" | "warning" | "danger" }
> = {
  offered: { label: "Offered", variant: "warning" },
  accepted: { label: "Reviewing", variant: "success" },
  declined: { label: "Declined", variant: "neutral" },
  withdrawn: { label: "Withdrawn", variant: "neutral" },
  expired: { label: "Certification expired", variant: "danger" },
};
