import { randomUUID } from "node:crypto";
import type { SelfAssessmentMoment } from "@throughline/domain/enums";
import { demoPeople } from "./demo-logins.ts";
import { emailFor, mapleElementaryTeachers } from "./names.ts";
import type { DistrictRows } from "./rows.ts";
import { addDays } from "./time.ts";

/**
 * The demo's self-assessments, so the path shows pre → post and the coach sees them: Maria (the
 * demo teacher) rated herself at the start of her stage and at a check-in, both before her
 * coaching visits (what her coach saw since stays first on her path); a few colleagues rated
 * themselves at the start — Priya's gaps, with nothing seen since, make her recommendations —
 * one at the end too, and one shared hers with the principal. Ratings follow the stage's
 * indicators in framework order; ranks are on the default scale (0 … 3, 3 the target).
 */

interface DemoSelfAssessment {
  email: string;
  moment: SelfAssessmentMoment;
  daysAgo: number;
  /** Rank per stage indicator, in order; the last rank repeats for any further indicators. */
  ranks: number[];
  shared?: boolean;
  notes?: Record<number, string>;
}

function elementaryEmail(index: number): string {
  const name = mapleElementaryTeachers[index];
  if (!name) throw new Error(`The demo has no elementary teacher ${index}.`);
  return emailFor(name, "maplevalley.test");
}

const demoSelfAssessments = (): DemoSelfAssessment[] => [
  {
    email: demoPeople.teacher.email,
    moment: "start",
    daysAgo: 70,
    ranks: [1, 1, 2, 0, 1, 2],
    notes: { 3: "I rarely close a lesson with a summary; we run out of time." },
  },
  {
    email: demoPeople.teacher.email,
    moment: "check_in",
    // Before her coaching visits: what her coach saw since comes first on her path.
    daysAgo: 50,
    ranks: [2, 2, 3, 1, 2, 3],
    notes: { 3: "Better, but the summary is still mine, not the students'." },
  },
  { email: elementaryEmail(4), moment: "start", daysAgo: 30, ranks: [2, 1, 2, 2] },
  { email: elementaryEmail(5), moment: "start", daysAgo: 35, ranks: [1, 2, 1, 1], shared: true },
  { email: elementaryEmail(6), moment: "start", daysAgo: 50, ranks: [0, 1, 1, 2] },
  { email: elementaryEmail(8), moment: "start", daysAgo: 80, ranks: [1, 1, 0, 1] },
  { email: elementaryEmail(8), moment: "end", daysAgo: 5, ranks: [3, 2, 2, 3] },
];

/** Appends the demo's self-assessments to the built rows, on each teacher's current stage. */
export function seedSelfAssessments(rows: DistrictRows, now: Date): void {
  const { tenant } = rows;
  const districtId = rows.district.id;
  for (const item of demoSelfAssessments()) {
    const teacher = tenant.persons.find((person) => person.email === item.email);
    const enrolled = tenant.enrolments.find((row) => row.personId === teacher?.id);
    const stageId = tenant.cohorts.find((cohort) => cohort.id === enrolled?.cohortId)?.stageId;
    if (!teacher?.id || !stageId) {
      throw new Error(`The demo self-assessments name ${item.email}, who has no stage.`);
    }
    const sessionIds = new Set(
      tenant.sessions.filter((session) => session.stageId === stageId).map((s) => s.id),
    );
    const indicatorIds = [
      ...new Set(
        tenant.sessionIndicators
          .filter((link) => sessionIds.has(link.sessionId))
          .map((link) => link.indicatorId),
      ),
    ];
    const codeOf = (id: string) => tenant.indicators.find((row) => row.id === id)?.code ?? "";
    indicatorIds.sort((a, b) => codeOf(a).localeCompare(codeOf(b), "en", { numeric: true }));

    const id = randomUUID();
    const assessedOn = addDays(now, -item.daysAgo);
    tenant.selfAssessments.push({
      districtId,
      id,
      teacherId: teacher.id,
      stageId,
      moment: item.moment,
      assessedOn: assessedOn.toISOString().slice(0, 10),
      sharedWithLeadersAt: item.shared ? assessedOn : null,
      createdAt: assessedOn,
    });
    indicatorIds.forEach((indicatorId, index) => {
      tenant.selfAssessmentRatings.push({
        districtId,
        selfAssessmentId: id,
        indicatorId,
        levelRank: item.ranks[index] ?? item.ranks.at(-1) ?? 0,
        note: item.notes?.[index] ?? null,
      });
    });
  }
}
