import {
  loadGettingStartedFacts,
  markFrameworkReviewed,
} from "@throughline/db/queries/districts/getting-started";
import { type GettingStarted, gettingStartedFrom } from "@throughline/domain/getting-started";
import { auditedDistrictSetting } from "../../audited.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";

/** A district admin's first steps, each ticked by what the district has really set up. */
export const gettingStartedRouter = createRouter({
  get: districtAdminProcedure.query(
    async ({ ctx }): Promise<GettingStarted> =>
      gettingStartedFrom(await loadGettingStartedFacts(ctx.tx, ctx.districtId)),
  ),

  markFrameworkReviewed: districtAdminProcedure.mutation(
    async ({ ctx }): Promise<GettingStarted> => {
      await auditedDistrictSetting(ctx, "settings.district_changed", () =>
        markFrameworkReviewed(ctx.tx, ctx.districtId, new Date()),
      );
      return gettingStartedFrom(await loadGettingStartedFacts(ctx.tx, ctx.districtId));
    },
  ),
});
