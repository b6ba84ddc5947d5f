import {
  acceptPartnership,
  districtBySlug,
  endPartnership,
  insertPartnership,
  openPartnershipBetween,
  partnershipForUpdate,
} from "@throughline/db/queries/partnerships/partnerships";
import { mayPropose, partnershipState } from "@throughline/domain/rules/partner-reviewing";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";

/*
 * Proposing, accepting and ending a partnership, each audited in the acting district's log
 * with the other district as the subject.
 */

/** The partnership, when this district is a party to it (row security hides the others). */
export async function partnershipOfParty(ctx: TenantScope, partnershipId: string) {
  const found = await partnershipForUpdate(ctx.tx, partnershipId);
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such partnership." });
  const otherDistrictId =
    found.proposerDistrictId === ctx.districtId
      ? found.partnerDistrictId
      : found.proposerDistrictId;
  return { ...found, otherDistrictId, state: partnershipState(found) };
}

export async function proposePartnership(
  ctx: TenantScope,
  input: { partnerSlug: string; note: string },
) {
  const partner = await districtBySlug(ctx.tx, input.partnerSlug);
  if (!partner) {
    throw fieldProblem(
      ["partnerSlug"],
      "No district on this installation has that short name.",
      "NOT_FOUND",
    );
  }
  if (!mayPropose({ ownDistrictId: ctx.districtId, partnerDistrictId: partner.id })) {
    throw fieldProblem(["partnerSlug"], "That is this district's own short name.");
  }
  if (
    await openPartnershipBetween(ctx.tx, {
      districtId: ctx.districtId,
      otherDistrictId: partner.id,
    })
  ) {
    throw fieldProblem(
      ["partnerSlug"],
      `There is already a partnership with ${partner.name}, proposed or in force.`,
      "CONFLICT",
    );
  }
  const id = await insertPartnership(ctx.tx, {
    proposerDistrictId: ctx.districtId,
    partnerDistrictId: partner.id,
    note: input.note,
    now: new Date(),
  });
  await audit(ctx, {
    action: "partnership.proposed",
    subjectKind: "district",
    subjectId: partner.id,
    before: null,
    after: { partner: partner.name, note: input.note },
  });
  return { id, partnerName: partner.name };
}

export async function acceptPartnershipAsPartner(ctx: TenantScope, partnershipId: string) {
  const partnership = await partnershipOfParty(ctx, partnershipId);
  if (partnership.partnerDistrictId !== ctx.districtId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "The district you proposed to accepts the partnership, not yours.",
    });
  }
  if (partnership.state !== "proposed") {
    throw new TRPCError({ code: "CONFLICT", message: `This partnership is ${partnership.state}.` });
  }
  await acceptPartnership(ctx.tx, { id: partnership.id, now: new Date() });
  await audit(ctx, {
    action: "partnership.accepted",
    subjectKind: "district",
    subjectId: partnership.otherDistrictId,
    before: { state: "proposed" },
    after: { state: "active" },
  });
}

export async function endPartnershipAsParty(ctx: TenantScope, partnershipId: string) {
  const partnership = await partnershipOfParty(ctx, partnershipId);
  if (partnership.state === "ended") {
    throw new TRPCError({ code: "CONFLICT", message: "This partnership has already ended." });
  }
  await endPartnership(ctx.tx, { id: partnership.id, districtId: ctx.districtId, now: new Date() });
  await audit(ctx, {
    action: "partnership.ended",
    subjectKind: "district",
    subjectId: partnership.otherDistrictId,
    before: { state: partnership.state },
    after: { state: "ended" },
  });
}
