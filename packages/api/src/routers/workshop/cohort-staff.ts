import type { Transaction } from "@throughline/db/client";
import { type CohortAccess, cohortAccess } from "@throughline/db/queries/cohorts/workshop";
import { TRPCError } from "@trpc/server";
import { staffProcedure } from "../../trpc.ts";

/**
 * People who run cohorts (the staff tier: coaches, facilitators, principals, district admins).
 * Which cohorts each may touch is decided per cohort by `requireCohortAccess`.
 */
export const cohortStaffProcedure = staffProcedure;

/**
 * The viewer's (`personId`'s) access to one cohort: NOT_FOUND outside their district, FORBIDDEN
 * if not theirs to `need`.
 */
export async function requireCohortAccess(
  viewer: { tx: Transaction; personId: string },
  cohortId: string,
  need: "manage" | "confirm",
): Promise<CohortAccess> {
  const access = await cohortAccess(viewer.tx, { cohortId, personId: viewer.personId });
  if (!access) throw new TRPCError({ code: "NOT_FOUND", message: "No such cohort." });
  const allowed = need === "manage" ? access.canManage : access.canConfirm;
  if (!allowed) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message:
        need === "manage"
          ? "Only the cohort's coach, facilitators of its teachers' teams, its principal and district admins can do this."
          : "Only the cohort's coach, its principal and district admins can confirm a stage complete.",
    });
  }
  return access;
}
