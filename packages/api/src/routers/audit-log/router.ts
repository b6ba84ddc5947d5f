import {
  countAuditEvents,
  listAuditActors,
  listAuditEvents,
} from "@throughline/db/queries/audit/audit-log";
import {
  type AuditFilter,
  auditCsvMaxRows,
  auditFilterSchema,
  auditListInputSchema,
  auditPageSize,
} from "@throughline/domain/audit";
import { addDaysToDay, atLocalTime } from "@throughline/domain/local-time";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";
import { auditLogCsv } from "./csv.ts";

/**
 * The audit log for admins: a district admin reads the whole district's entries, a principal
 * the entries of the schools they lead. Dates in the filter are the district's calendar days.
 */
function queryOf(ctx: TenantScope, filter: AuditFilter) {
  const { from, to, ...rest } = filter;
  const zone = ctx.viewer.district.timeZone;
  return {
    scope: ctx.scope.schools,
    filter: rest,
    fromInstant: from ? atLocalTime(from, 0, 0, zone) : null,
    // Up to the end of the `to` day: the start of the next one, exclusive.
    toInstant: to ? atLocalTime(addDaysToDay(to, 1), 0, 0, zone) : null,
  };
}

export const auditLogRouter = createRouter({
  /** One page of entries, newest first, with the total that matches. */
  list: adminProcedure.input(auditListInputSchema).query(async ({ ctx, input }) => {
    const query = queryOf(ctx, input.filter);
    const [entries, total] = await Promise.all([
      listAuditEvents(ctx.tx, {
        ...query,
        limit: auditPageSize,
        offset: (input.page - 1) * auditPageSize,
      }),
      countAuditEvents(ctx.tx, query),
    ]);
    return {
      entries,
      total,
      page: input.page,
      pageSize: auditPageSize,
      timeZone: ctx.viewer.district.timeZone,
    };
  }),

  /** The people who appear as "who" in the viewer's entries, for the filter. */
  actors: adminProcedure.query(({ ctx }) => listAuditActors(ctx.tx, { scope: ctx.scope.schools })),

  /** The filtered entries as CSV text, which the page saves as `audit-log-<date>.csv`. */
  csv: adminProcedure.input(auditFilterSchema).query(async ({ ctx, input }) => {
    const entries = await listAuditEvents(ctx.tx, {
      ...queryOf(ctx, input),
      limit: auditCsvMaxRows,
      offset: 0,
    });
    const today = new Date().toISOString().slice(0, 10);
    return { fileName: `audit-log-${today}.csv`, csv: await auditLogCsv(entries) };
  }),
});
