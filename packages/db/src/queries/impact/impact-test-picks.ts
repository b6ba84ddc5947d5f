import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { rawRows } from "../../testing.ts";
import { districtTimeZone } from "../notifications/notice-facts.ts";
import { type ImpactSelection, loadLevelSpans } from "./impact-facts.ts";

/*
 * What the impact report's tests choose in the seeded district: the report over all time, and
 * a teacher and a session to write new rows for.
 */

/** Every school of the district, over all time, in the district's time zone. */
export async function wholeDistrictSelection(
  tx: Transaction,
  districtId: string,
): Promise<ImpactSelection> {
  return {
    schools: "all",
    from: "2000-01-01",
    to: "2099-12-31",
    timeZone: await districtTimeZone(tx, districtId),
  };
}

/** The district's first indicator by code: the one the level tests rate. */
export const firstIndicatorId = sql`(select id from indicator order by code limit 1)`;

/**
 * An active teacher and a MicroPD session of their stage for which `none` finds no row: `e` is
 * the enrolment and `ms` the session in it.
 */
export async function pickTeacherSession(tx: Transaction, none: SQL) {
  const [pick] = await rawRows<{ personId: string; sessionId: string }>(
    tx,
    sql`select e.person_id as "personId", ms.id as "sessionId"
      from enrolment e
      join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
      join micropd_session ms on ms.district_id = c.district_id and ms.stage_id = c.stage_id
      where e.status = 'active' and not exists (${none})
      limit 1`,
  );
  return pick;
}

/** The teacher's level spans of one indicator, of one source, over the whole district's report. */
export async function levelSpansOf(
  tx: Transaction,
  districtId: string,
  source: Parameters<typeof loadLevelSpans>[2],
  pick: { teacherId?: string; indicatorId?: string } | undefined,
) {
  const spans = await loadLevelSpans(tx, await wholeDistrictSelection(tx, districtId), source);
  return spans.filter(
    (span) => span.personId === pick?.teacherId && span.indicatorId === pick?.indicatorId,
  );
}
