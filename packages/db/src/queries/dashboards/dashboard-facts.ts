import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import type { Transaction } from "../../client.ts";
import { runFactsStatement } from "./dashboard-facts-statement.ts";
import { type DashboardReach, reachIdOf } from "./dashboard-reach.ts";
import { schoolYearBounds } from "./dashboard-sessions.ts";

export interface DashboardFactsParams {
  /** Whose facts: the level's teachers and teams, selected in SQL (`dashboard-reach.ts`). */
  reach: DashboardReach;
  /** The window PD hours, meetings and collaboration minutes count in. */
  from: Date;
  to: Date;
  /** Pace counts sessions completed after this, up to `to`. */
  paceFrom: Date;
  /** The school year of the window, "2026-27": workshops count by their cohort's year. */
  schoolYear: string;
}

/**
 * The facts behind one dashboard level, for any number of teachers and teams, in one statement
 * (`dashboard-facts-statement.ts`) whose parts are each grouped in SQL to a row per teacher or
 * per team: no fact row (a MicroPD session, a meeting) reaches the server one by one, and the
 * level's teachers and teams are selected by subquery, never sent as a list of ids.
 */
export function loadDashboardFacts(
  tx: Transaction,
  params: DashboardFactsParams,
): Promise<DashboardFacts> {
  const { reach } = params;
  const { yearStart, nextYear } = schoolYearBounds(params.from);
  return runFactsStatement(tx, reach.kind, {
    reachId: reachIdOf(reach),
    from: params.from.toISOString(),
    to: params.to.toISOString(),
    paceFrom: params.paceFrom.toISOString(),
    yearStart,
    nextYear,
    schoolYear: params.schoolYear,
  });
}
