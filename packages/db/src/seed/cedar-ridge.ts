import { schoolYearFor } from "@throughline/domain/rules/school-year";
import { seedCatalogue } from "./catalogue.ts";
import { addDefaultCredentials } from "./credentials/add-credentials.ts";
import { demoPeople } from "./demo-logins.ts";
import { DistrictBuilder } from "./district-builder.ts";
import { indicators } from "./framework/indicators.ts";
import { stage1 } from "./framework/stage-1.ts";
import { stage2 } from "./framework/stage-2.ts";
import { stage3 } from "./framework/stage-3.ts";
import type { StageContent } from "./framework/types.ts";
import type { DistrictRows } from "./rows.ts";
import { seedSchoolRoster } from "./school-roster.ts";

const domain = "cedarridge.test";

/** A short framework: the first sessions of each default stage. */
function firstSessions(stage: StageContent, count: number): StageContent {
  return { ...stage, sessions: stage.sessions.slice(0, count) };
}

/** A second, small district, so isolation between tenants can be seen and tested. */
export function buildCedarRidge(passwordHash: string, now: Date): DistrictRows {
  const b = new DistrictBuilder(
    { name: "Cedar Ridge Schools", slug: "cedar-ridge" },
    passwordHash,
    now,
  );
  const school = b.school("Cedar Ridge Elementary");
  const [s1] = b.framework(indicators, [
    firstSessions(stage1, 3),
    firstSessions(stage2, 2),
    firstSessions(stage3, 2),
  ]);
  if (!s1) throw new Error("The Cedar Ridge framework needs a first stage.");

  const coach = b.person({
    displayName: demoPeople.cedarRidgeCoach.displayName,
    email: demoPeople.cedarRidgeCoach.email,
    roles: [{ role: "coach", schoolId: school }],
  });
  // The district's PD admin: shares and imports stages through the shared library.
  b.person({
    displayName: "Grace Whitaker",
    email: `admin@${domain}`,
    roles: [{ role: "district_admin", schoolId: null }],
  });
  b.person({
    displayName: "Linda Chu",
    email: `linda.chu@${domain}`,
    roles: [{ role: "principal", schoolId: school }],
  });
  const teachers = [
    ["Aaron", "Feld"],
    ["Beatriz", "Souza"],
    ["Kelsey", "Moore"],
  ].map(([first = "", last = ""]) =>
    b.person({
      displayName: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
      roles: [{ role: "teacher", schoolId: school }],
    }),
  );

  const schoolYear = schoolYearFor(now);
  seedSchoolRoster(b, {
    schoolId: school,
    schoolYear,
    now,
    evidenceDomain: domain,
    teachers,
    voiceOffset: 0,
    cohorts: [
      {
        stage: s1,
        name: `Cedar Ridge Elementary · Stage 1 · ${schoolYear}`,
        coachId: coach,
        releaseMode: "self_paced",
        workshopAt: b.calendar.schoolDayAt(now, -70, 15, 0),
        workshop: {
          location: "Cedar Ridge Elementary, Staff Room",
          description: "Introduction to the Learning-Focused lesson for the whole staff.",
        },
      },
    ],
    placements: [
      { cohort: 0, journey: "early" },
      { cohort: 0, journey: "midway" },
      { cohort: 0, journey: "not_started" },
    ],
    teams: [
      {
        name: "Cedar Ridge K–5 PLC",
        kind: "plc",
        facilitatorId: coach,
        members: [0, 1, 2],
        location: "Staff Room",
      },
    ],
  });

  const rows = b.build();
  seedCatalogue(rows, {
    now,
    calendar: b.calendar,
    registeredId: teachers[2] ?? coach,
    indicatorCodes: ["2.1"],
  });
  addDefaultCredentials(rows.tenant, {
    districtId: rows.district.id,
    now,
    leadReviewerId: coach,
    certifiedReviewerIds: [],
    namedById: null,
  });
  return rows;
}
