import { z } from "zod";
import { schoolYearSchema } from "./cohort.ts";
import { type ExternalPdKind, externalPdMinutes } from "./external-pd.ts";
import { idSchema } from "./ids.ts";
import { schoolYearFor } from "./rules/school-year.ts";
import {
  hoursOfLines,
  minutesToHours,
  type PdActivity,
  type PdHoursTotals,
  type Transcript,
} from "./transcript.ts";

/*
 * The transcript with the PD a teacher took elsewhere and the district approved: each approved
 * request is one line marked external (with its provider), dated by its last day, and its hours
 * count in the year's total and, on their own, as the external hours.
 */

/** An approved request as the transcript reads it. */
interface ExternalPdFact {
  requestId: string;
  title: string;
  provider: string;
  kind: ExternalPdKind;
  startOn: string;
  endOn: string;
  hours: number;
}

type PdAmount = PdHoursTotals["total"];

/** One line: an activity of the framework, or one taken elsewhere (`kind` "external"). */
export type TranscriptLine = Omit<PdActivity, "kind"> & {
  kind: PdActivity["kind"] | "external";
  /** What only an external line has: who provided it, what kind it was and its first day. */
  external: { provider: string; kind: ExternalPdKind; startOn: string } | null;
};

type TranscriptTotals = PdHoursTotals & {
  /** The framework's activities only (workshops, sessions, meetings, badges, coaching). */
  framework: PdAmount;
  /** Approved PD taken elsewhere. */
  external: PdAmount;
};

/** The transcript as the page, the CSV and the PDF show it; `total` counts external hours too. */
export type FullTranscript = Omit<Transcript, "activities" | "totals"> & {
  district: { name: string };
  activities: TranscriptLine[];
  totals: TranscriptTotals;
};

function externalLine(fact: ExternalPdFact): TranscriptLine {
  const date = new Date(`${fact.endOn}T12:00:00Z`);
  const minutes = externalPdMinutes(fact.hours);
  return {
    date,
    day: fact.endOn,
    kind: "external",
    title: fact.title,
    minutes,
    hours: minutesToHours(minutes),
    schoolYear: schoolYearFor(date),
    external: { provider: fact.provider, kind: fact.kind, startOn: fact.startOn },
  };
}

/** Sums two amounts of lines' hours in tenths, so 0.1 + 0.2 is 0.3 and never 0.30000000000000004. */
function added(a: PdAmount, b: PdAmount): PdAmount {
  return {
    minutes: a.minutes + b.minutes,
    hours: (Math.round(a.hours * 10) + Math.round(b.hours * 10)) / 10,
  };
}

/**
 * The year's transcript with its approved external PD: lines merged oldest first (a framework
 * line before an external one on the same day), the years offered including external ones.
 */
export function withExternalPd(
  transcript: Transcript,
  externalFacts: readonly ExternalPdFact[],
  districtName: string,
): FullTranscript {
  const external = externalFacts.map(externalLine);
  const inYear = external.filter((line) => line.schoolYear === transcript.schoolYear);
  const framework: TranscriptLine[] = transcript.activities.map((activity) => ({
    ...activity,
    external: null,
  }));
  const activities = [...framework, ...inYear].sort(
    (a, b) =>
      a.day.localeCompare(b.day) || Number(a.external !== null) - Number(b.external !== null),
  );
  const externalTotal = hoursOfLines(inYear);
  const schoolYears = [
    ...new Set([...transcript.schoolYears, ...external.map((line) => line.schoolYear)]),
  ].sort((a, b) => b.localeCompare(a));
  return {
    ...transcript,
    district: { name: districtName },
    schoolYears,
    activities,
    totals: {
      ...transcript.totals,
      framework: transcript.totals.total,
      external: externalTotal,
      total: added(transcript.totals.total, externalTotal),
    },
  };
}

/** How an external line's activity is named (tables, CSV, PDF), beside its provider. */
export const EXTERNAL_ACTIVITY_LABEL = "External";

/** A teacher's transcript as a principal or district admin asks for it (the PDF they download). */
export const teacherTranscriptInputSchema = z.object({
  personId: idSchema,
  schoolYear: schoolYearSchema.optional(),
});
