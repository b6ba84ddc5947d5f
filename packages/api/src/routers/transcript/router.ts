import type { Transaction } from "@throughline/db/client";
import { listPdActivities } from "@throughline/db/queries/enrolments/transcript";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { localDay } from "@throughline/domain/local-time";
import { schoolYearFor } from "@throughline/domain/rules/school-year";
import {
  pdActivitiesIn,
  pdHoursTotalsFor,
  type Transcript,
  transcriptInputSchema,
} from "@throughline/domain/transcript";
import { createRouter, teacherProcedure } from "../../trpc.ts";
import { transcriptCsv } from "./csv.ts";

/** The teacher's activities of one school year (the current one unless asked) with totals. */
async function buildTranscript(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    displayName: string;
    schoolYear: string | undefined;
  },
): Promise<Transcript> {
  const [facts, timeZone] = await Promise.all([
    listPdActivities(tx, { personId: params.personId }),
    districtTimeZone(tx, params.districtId),
  ]);
  const all = pdActivitiesIn(facts, timeZone);
  const current = schoolYearFor(new Date(`${localDay(new Date(), timeZone)}T12:00:00Z`));
  const schoolYear = params.schoolYear ?? current;
  const schoolYears = [...new Set([current, schoolYear, ...all.map((a) => a.schoolYear)])].sort(
    (a, b) => b.localeCompare(a),
  );
  return {
    person: { displayName: params.displayName },
    timeZone,
    schoolYear,
    schoolYears,
    activities: all.filter((activity) => activity.schoolYear === schoolYear),
    totals: pdHoursTotalsFor(all, schoolYear),
  };
}

export const transcriptRouter = createRouter({
  /** My PD hours for a school year: workshops, MicroPD sessions and support meetings, with totals. */
  mine: teacherProcedure.input(transcriptInputSchema).query(({ ctx, input }) =>
    buildTranscript(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      displayName: ctx.viewer.person.displayName,
      schoolYear: input?.schoolYear,
    }),
  ),

  /** The same transcript as CSV text, which the page saves as `pd-hours-<year>.csv`. */
  csv: teacherProcedure.input(transcriptInputSchema).query(async ({ ctx, input }) => {
    const transcript = await buildTranscript(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      displayName: ctx.viewer.person.displayName,
      schoolYear: input?.schoolYear,
    });
    return {
      fileName: `pd-hours-${transcript.schoolYear}.csv`,
      csv: transcriptCsv(transcript),
    };
  }),
});
