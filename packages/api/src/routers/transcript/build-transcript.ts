import type { Transaction } from "@throughline/db/client";
import { loadDistrictName } from "@throughline/db/queries/districts/district-name";
import { listPdActivities } from "@throughline/db/queries/enrolments/transcript";
import { listApprovedExternalPd } from "@throughline/db/queries/external-pd/external-pd-requests";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { type FullTranscript, withExternalPd } from "@throughline/domain/external-pd-transcript";
import { localDay } from "@throughline/domain/local-time";
import { schoolYearFor } from "@throughline/domain/rules/school-year";
import { pdActivitiesIn, pdHoursTotalsFor } from "@throughline/domain/transcript";

/**
 * A teacher's activities of one school year (the current one unless asked) with totals: the
 * framework's (workshops, sessions, meetings, badges, coaching) and approved PD taken elsewhere.
 */
export async function buildTranscript(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    displayName: string;
    schoolYear: string | undefined;
  },
): Promise<FullTranscript> {
  const [facts, external, timeZone, districtName] = await Promise.all([
    listPdActivities(tx, { personId: params.personId }),
    listApprovedExternalPd(tx, { personId: params.personId }),
    districtTimeZone(tx, params.districtId),
    loadDistrictName(tx, params.districtId),
  ]);
  const all = pdActivitiesIn(facts, timeZone);
  const current = schoolYearFor(new Date(`${localDay(new Date(), timeZone)}T12:00:00Z`));
  const schoolYear = params.schoolYear ?? current;
  const schoolYears = [...new Set([current, schoolYear, ...all.map((a) => a.schoolYear)])].sort(
    (a, b) => b.localeCompare(a),
  );
  return withExternalPd(
    {
      person: { displayName: params.displayName },
      timeZone,
      schoolYear,
      schoolYears,
      activities: all.filter((activity) => activity.schoolYear === schoolYear),
      totals: pdHoursTotalsFor(all, schoolYear),
    },
    external,
    districtName,
  );
}
