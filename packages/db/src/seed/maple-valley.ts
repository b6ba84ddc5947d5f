import { schoolYearFor } from "@throughline/domain/rules/school-year";
import { seedCatalogue } from "./catalogue.ts";
import { seedCoachingLog } from "./coaching-log.ts";
import { k2PlcBlock, seedCollaborationTime } from "./collaboration-time.ts";
import { addDefaultCredentials } from "./credentials/add-credentials.ts";
import { demoPeople } from "./demo-logins.ts";
import { DistrictBuilder } from "./district-builder.ts";
import { seedExternalPd } from "./external-pd.ts";
import { indicators } from "./framework/indicators.ts";
import { stage1 } from "./framework/stage-1.ts";
import { stage2 } from "./framework/stage-2.ts";
import { stage3 } from "./framework/stage-3.ts";
import { seedMentoring } from "./mentoring.ts";
import {
  displayName,
  emailFor,
  mapleElementaryTeachers,
  riversideMiddleTeachers,
} from "./names.ts";
import { seedObservations } from "./observations.ts";
import { seedDemoPrograms } from "./programs/demo-programs.ts";
import { seedDemoRatings } from "./ratings.ts";
import type { DistrictRows } from "./rows.ts";
import { type Placement, seedSchoolRoster } from "./school-roster.ts";
import { seedSelfAssessments } from "./self-assessments.ts";
import { seedSessionFeedback } from "./session-feedback.ts";
import { seedTeamGoals } from "./team-goals.ts";

const domain = "maplevalley.test";

/**
 * The demo district: two schools, 40 teachers, 4 coaches (one a teacher leader), 2 principals
 * and a PD director, the three default stages and a second program (classroom technology), and a term's worth of progress so every home
 * page has something true to show. Dates are relative to `now`, so the demo stays current.
 */
export function buildMapleValley(passwordHash: string, now: Date): DistrictRows {
  const b = new DistrictBuilder(
    // The demo district has reviewed its framework and calendar (Getting started shows them done).
    {
      name: "Maple Valley Unified",
      slug: "maple-valley",
      frameworkReviewedAt: now,
      calendarReviewedAt: now,
    },
    passwordHash,
    now,
  );
  const elementary = b.school("Maple Valley Elementary");
  const middle = b.school("Riverside Middle School");
  const [s1, s2] = b.framework(indicators, [stage1, stage2, stage3]);
  if (!s1 || !s2) throw new Error("The demo framework needs its first two stages.");

  const login = (who: { displayName: string; email: string }) => ({
    displayName: who.displayName,
    email: who.email,
  });
  const admin = b.person({
    ...login(demoPeople.admin),
    roles: [{ role: "district_admin", schoolId: null }],
  });
  const principal = b.person({
    ...login(demoPeople.principal),
    roles: [{ role: "principal", schoolId: elementary }],
  });
  b.person({
    displayName: "Sandra Villanueva",
    email: `sandra.villanueva@${domain}`,
    roles: [{ role: "principal", schoolId: middle }],
  });
  const elementaryCoach = b.person({
    ...login(demoPeople.coach),
    roles: [{ role: "coach", schoolId: elementary }],
  });
  const middleCoach = b.person({
    displayName: "Leah Whitfield",
    email: `leah.whitfield@${domain}`,
    roles: [{ role: "coach", schoolId: middle }],
  });
  const districtCoach = b.person({
    displayName: "Theresa Lam",
    email: `theresa.lam@${domain}`,
    roles: [{ role: "coach", schoolId: null }],
  });

  // Teachers; the first two at the elementary school are the demo teacher and the teacher leader.
  const elementaryTeachers = mapleElementaryTeachers.map((name, index) => {
    const who =
      index === 0 ? demoPeople.teacher : index === 1 ? demoPeople.teacherLeader : undefined;
    return b.person({
      displayName: who?.displayName ?? displayName(name),
      email: who?.email ?? emailFor(name, domain),
      roles:
        who === demoPeople.teacherLeader
          ? [
              { role: "teacher", schoolId: elementary },
              { role: "coach", schoolId: elementary },
            ]
          : [{ role: "teacher", schoolId: elementary }],
    });
  });
  const middleTeachers = riversideMiddleTeachers.map((name) =>
    b.person({
      displayName: displayName(name),
      email: emailFor(name, domain),
      roles: [{ role: "teacher", schoolId: middle }],
    }),
  );
  const teacherLeader = elementaryTeachers[1] ?? null;
  const middleFacilitator = middleTeachers[15] ?? null;

  const schoolYear = schoolYearFor(now);
  const stage1Workshop = b.calendar.schoolDayAt(now, -84, 15, 30);
  const stage2Workshop = b.calendar.schoolDayAt(now, -56, 15, 30);

  seedSchoolRoster(b, {
    schoolId: elementary,
    schoolYear,
    now,
    evidenceDomain: domain,
    teachers: elementaryTeachers,
    voiceOffset: 0,
    placedById: admin,
    cohorts: [
      {
        stage: s1,
        name: `Maple Valley Elementary · Stage 1 · ${schoolYear}`,
        coachId: elementaryCoach,
        releaseMode: "self_paced",
        workshopAt: stage1Workshop,
        workshop: {
          location: "Maple Valley Elementary, Library",
          description:
            "An afternoon introduction to the Learning-Focused lesson: we plan one lesson together from the standard to the closing summary, and each of you leaves with an essential question for next week.",
        },
      },
      {
        stage: s2,
        name: `Maple Valley Elementary · Stage 2 · ${schoolYear}`,
        coachId: elementaryCoach,
        releaseMode: "dated",
        workshopAt: stage2Workshop,
        workshop: {
          location: "Maple Valley Elementary, Room 114",
          description:
            "Rigor in the elementary classroom: higher-order questions, organizers that match the thinking, and quick writes in every subject. Bring a lesson you already teach well.",
        },
      },
    ],
    placements: [
      { cohort: 0, journey: "midway" }, // the demo teacher
      { cohort: 1, journey: "nearly_done" }, // the teacher leader
      { cohort: 0, journey: "not_started" },
      { cohort: 0, journey: "early" },
      { cohort: 0, journey: "early" },
      { cohort: 0, journey: "midway" },
      { cohort: 0, journey: "nearly_done" },
      { cohort: 0, journey: "ready_for_review" },
      { cohort: 0, journey: "complete" },
      { cohort: 0, journey: "not_started" },
      { cohort: 0, journey: "midway" },
      { cohort: 1, journey: "early" },
      { cohort: 1, journey: "midway" },
      { cohort: 1, journey: "midway" },
      { cohort: 1, journey: "nearly_done" },
      { cohort: 1, journey: "not_started" },
      { cohort: 1, journey: "early" },
      { cohort: null },
      { cohort: null },
      { cohort: null },
    ] satisfies Placement[],
    teams: [
      {
        name: "K–2 Literacy PLC",
        kind: "plc",
        facilitatorId: elementaryCoach,
        members: [0, 2, 3, 5, 9, 11, 17],
        location: "Room 108",
        meetsDuring: k2PlcBlock,
      },
      {
        name: "Grades 3–5 Team",
        kind: "grade_level",
        facilitatorId: teacherLeader,
        members: [1, 4, 6, 12, 13, 18],
        location: "Room 201",
      },
      {
        name: "Intervention & Specials Department",
        kind: "department",
        facilitatorId: districtCoach,
        members: [7, 8, 10, 14, 15, 16, 19],
        location: "Library",
      },
    ],
  });

  seedSchoolRoster(b, {
    schoolId: middle,
    schoolYear,
    now,
    evidenceDomain: domain,
    teachers: middleTeachers,
    voiceOffset: 1,
    placedById: admin,
    cohorts: [
      {
        stage: s1,
        name: `Riverside Middle School · Stage 1 · ${schoolYear}`,
        coachId: middleCoach,
        releaseMode: "dated",
        workshopAt: stage1Workshop,
        workshop: {
          location: "Riverside Middle School, Media Center",
          description:
            "The Learning-Focused lesson in the middle grades: planning backward from your content standards, essential questions for a 50-minute period, and summarizing that fits a bell schedule.",
        },
      },
      {
        stage: s2,
        name: `Riverside Middle School · Stage 2 · ${schoolYear}`,
        coachId: middleCoach,
        releaseMode: "self_paced",
        workshopAt: stage2Workshop,
        workshop: {
          location: "Riverside Middle School, Room C12",
          description:
            "Higher-order thinking, content-area reading and writing to learn across departments. Department teams sit together and leave with one revised lesson each.",
        },
      },
    ],
    placements: [
      { cohort: 0, journey: "not_started" },
      { cohort: 0, journey: "early" },
      { cohort: 0, journey: "early" },
      { cohort: 0, journey: "early" },
      { cohort: 0, journey: "midway" },
      { cohort: 0, journey: "midway" },
      { cohort: 0, journey: "midway" },
      { cohort: 0, journey: "nearly_done" },
      { cohort: 0, journey: "nearly_done" },
      { cohort: 0, withdrawn: true },
      { cohort: 1, journey: "early" },
      { cohort: 1, journey: "midway" },
      { cohort: 1, journey: "midway" },
      { cohort: 1, journey: "nearly_done" },
      { cohort: 1, journey: "ready_for_review" },
      { cohort: 1, journey: "complete" }, // also facilitates the Grade 7 Team
      { cohort: 1, journey: "not_started" },
      { cohort: null },
      { cohort: null },
      { cohort: null },
    ] satisfies Placement[],
    teams: [
      {
        name: "Math & Science PLC",
        kind: "plc",
        facilitatorId: middleCoach,
        members: [1, 4, 7, 10, 13, 16, 17],
        location: "Room C12",
      },
      {
        name: "Grade 7 Team",
        kind: "grade_level",
        facilitatorId: middleFacilitator,
        members: [0, 2, 5, 8, 11, 15, 18],
        location: "Room B4",
        videoUrl: "https://meet.maplevalley.test/grade-7-team",
      },
      {
        name: "English Language Arts Department",
        kind: "department",
        facilitatorId: districtCoach,
        members: [3, 6, 9, 12, 14, 19],
        location: "Media Center",
      },
    ],
  });

  seedDemoPrograms(b, {
    frameworkProgramId: s1.programId,
    schoolId: elementary,
    schoolYear,
    now,
    coachId: elementaryCoach,
    teacherIds: elementaryTeachers.slice(0, 4),
  });

  const rows = b.build();
  seedObservations(rows, {
    now,
    coachId: elementaryCoach,
    principalId: principal,
    teachers: elementaryTeachers,
    calendar: b.calendar,
  });
  seedDemoRatings(rows, now);
  seedSelfAssessments(rows, now);
  seedTeamGoals(rows, now);
  seedSessionFeedback(rows, { now, calendar: b.calendar });
  seedCoachingLog(rows, {
    now,
    calendar: b.calendar,
    coachId: elementaryCoach,
    teachers: elementaryTeachers,
  });
  seedExternalPd(rows, {
    now,
    timeZone: b.calendar.timeZone,
    teachers: elementaryTeachers,
    principalId: principal,
  });
  // Theresa (district coach, coaches none of the demo teacher's teams) leads; Leah is certified.
  addDefaultCredentials(rows.tenant, {
    districtId: rows.district.id,
    now,
    leadReviewerId: districtCoach,
    certifiedReviewerIds: [middleCoach],
    namedById: admin,
  });
  // A middle-school teacher holds one of the workshop's seats: no demo login, so tests start clear.
  seedCatalogue(rows, {
    now,
    calendar: b.calendar,
    registeredId: middleTeachers[2] ?? middleTeachers[0] ?? admin,
    indicatorCodes: ["2.1", "2.2"],
  });
  seedCollaborationTime(rows, {
    elementaryId: elementary,
    middleId: middle,
    elementaryTeachers,
    middleTeachers,
    principalId: principal,
  });
  // Kevin, the teacher leader, mentors Hannah, new this year (she has not started Stage 1).
  const hannah = elementaryTeachers[2];
  if (teacherLeader && hannah) {
    seedMentoring(rows, {
      now,
      calendar: b.calendar,
      mentorId: teacherLeader,
      menteeId: hannah,
      assignedById: principal,
    });
  }
  return rows;
}
