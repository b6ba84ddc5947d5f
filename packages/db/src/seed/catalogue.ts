import { randomUUID } from "node:crypto";
import type { GradeBand, Subject } from "@throughline/domain/catalogue";
import type { DistrictRows } from "./rows.ts";
import type { SchoolCalendar } from "./school-calendar.ts";

/*
 * The elective catalogue of a demo district: a few sessions of the later stages any teacher may
 * take without a cohort, tagged by grade band and subject, and one upcoming live workshop with a
 * small seat limit and one seat taken, so the catalogue shows seats left.
 */

/** Which sessions become electives: (stage position, session position) and their tags. */
const electives: {
  stage: number;
  session: number;
  gradeBands: GradeBand[];
  subjects: Subject[];
}[] = [
  // Later sessions of their stages: the first ones stay closed to teachers outside the stage.
  { stage: 2, session: 5, gradeBands: ["3_5", "6_8"], subjects: ["ela", "social_studies"] },
  { stage: 3, session: 3, gradeBands: ["k_2", "3_5"], subjects: ["math", "ela"] },
  { stage: 3, session: 6, gradeBands: ["6_8", "9_12"], subjects: ["math", "science"] },
];

export function seedCatalogue(
  rows: DistrictRows,
  params: {
    now: Date;
    calendar: SchoolCalendar;
    /** Who already has a seat at the workshop: never a demo login, so tests start from none. */
    registeredId: string;
    /** The indicator codes the workshop addresses. */
    indicatorCodes: readonly string[];
  },
): void {
  const { tenant } = rows;
  const districtId = rows.district.id;
  // The district's first program is its instructional framework, where the stages are numbered.
  const framework = tenant.programs[0]?.id;
  for (const pick of electives) {
    const stage = tenant.stages.find(
      (each) => each.programId === framework && each.position === pick.stage,
    );
    const session = tenant.sessions.find(
      (each) => each.stageId === stage?.id && each.position === pick.session,
    );
    if (!session) continue;
    session.elective = true;
    session.gradeBands = pick.gradeBands;
    session.subjects = pick.subjects;
  }

  const eventId = randomUUID();
  const startsAt = params.calendar.schoolDayAt(params.now, 9, 15, 30);
  tenant.catalogueEvents.push({
    districtId,
    id: eventId,
    title: "Questioning that sticks: a hands-on workshop",
    description:
      "Plan three higher-order questions for a lesson you will teach next week, try them on colleagues, and leave with a question stem bank.",
    kind: "workshop",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 90 * 60_000),
    location: "District Office, Room 204",
    joinUrl: null,
    seatLimit: 3,
    gradeBands: ["3_5", "6_8"],
    subjects: ["ela", "science"],
    pdMinutes: 90,
  });
  for (const code of params.indicatorCodes) {
    const found = tenant.indicators.find((each) => each.code === code);
    if (!found?.id) continue;
    tenant.catalogueEventIndicators.push({ districtId, eventId, indicatorId: found.id });
  }
  tenant.eventRegistrations.push({
    districtId,
    eventId,
    personId: params.registeredId,
    status: "registered",
    registeredAt: params.now,
  });
}
