import { impactReportInputSchema } from "@throughline/domain/impact-report";
import { adminProcedure, createRouter } from "../../trpc.ts";
import { dashboardSourceOf } from "../dashboard/kept-dashboard.ts";
import { impactCsv } from "./csv.ts";
import { impactReportOf } from "./kept-impact.ts";

/** The PD impact report: district admins for the district, principals for their schools. */
export const impactRouter = createRouter({
  report: adminProcedure
    .input(impactReportInputSchema)
    .query(({ ctx, input }) => impactReportOf(ctx, dashboardSourceOf(ctx), input)),

  /** The same report as CSV text, which the page saves as `pd-impact-<from>-<to>.csv`. */
  csv: adminProcedure.input(impactReportInputSchema).query(async ({ ctx, input }) => {
    const report = await impactReportOf(ctx, dashboardSourceOf(ctx), input);
    return { fileName: `pd-impact-${report.from}-${report.to}.csv`, csv: impactCsv(report) };
  }),
});
