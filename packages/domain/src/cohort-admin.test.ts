import { describe, expect, it } from "vitest";
import {
  createCohortAdminInputSchema,
  enrolCandidatesInputSchema,
  enrolTeachersInputSchema,
  releaseDates,
  updateCohortAdminInputSchema,
} from "./cohort-admin.ts";

const schoolId = "3f1c9a52-8e4b-4d1a-9c7e-2b5f6a7d8e90";
const stageId = "6a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const personId = "9b8a7c6d-5e4f-4a3b-9c1d-0e2f3a4b5c6d";

const workshop = {
  startsAt: null,
  minutes: 180,
  location: "Library",
  videoUrl: "",
  description: null,
};

const valid = {
  schoolId,
  stageId,
  name: "Stage 3 · 2026-27",
  schoolYear: "2026-27",
  coachId: null,
  releaseMode: "self_paced",
  firstReleaseOn: null,
  daysBetweenSessions: null,
  workshop,
};

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
}

describe("createCohortAdminInputSchema", () => {
  it("accepts a self-paced cohort and turns a blank video link into null", () => {
    const parsed = createCohortAdminInputSchema.parse(valid);
    expect(parsed.workshop.videoUrl).toBeNull();
    expect(parsed.releaseMode).toBe("self_paced");
  });

  it("names a missing name and a malformed school year", () => {
    const result = createCohortAdminInputSchema.safeParse({
      ...valid,
      name: "  ",
      schoolYear: "2026-28",
    });
    expect(pathsOf(result)).toEqual(["name", "schoolYear"]);
  });

  it("asks for a school and a stage when none is chosen", () => {
    const result = createCohortAdminInputSchema.safeParse({ ...valid, schoolId: "", stageId: "" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Choose a school",
      "Choose a stage",
    ]);
  });

  it("asks a dated cohort for its first day and spacing", () => {
    const result = createCohortAdminInputSchema.safeParse({ ...valid, releaseMode: "dated" });
    expect(pathsOf(result)).toEqual(["firstReleaseOn", "daysBetweenSessions"]);
  });

  it.each([
    [0, false],
    [1, true],
    [14, true],
    [28, true],
    [29, false],
    [2.5, false],
  ])("%d days between sessions is valid: %s", (days, ok) => {
    const result = createCohortAdminInputSchema.safeParse({
      ...valid,
      releaseMode: "dated",
      firstReleaseOn: "2026-09-07",
      daysBetweenSessions: days,
    });
    expect(result.success).toBe(ok);
  });

  it("refuses a video link that is not a web address", () => {
    const result = createCohortAdminInputSchema.safeParse({
      ...valid,
      workshop: { ...workshop, videoUrl: "javascript:alert(1)" },
    });
    expect(pathsOf(result)).toEqual(["workshop.videoUrl"]);
  });
});

describe("updateCohortAdminInputSchema", () => {
  it("needs the cohort and the same release rules", () => {
    const result = updateCohortAdminInputSchema.safeParse({
      cohortId: "nope",
      coachId: null,
      releaseMode: "dated",
      firstReleaseOn: "2026-09-07",
      daysBetweenSessions: null,
      workshop,
    });
    expect(pathsOf(result)).toEqual(["cohortId", "daysBetweenSessions"]);
  });
});

describe("enrolTeachersInputSchema", () => {
  it("needs at least one teacher and no more than 500", () => {
    const none = enrolTeachersInputSchema.safeParse({ cohortId: schoolId, personIds: [] });
    expect(none.error?.issues[0]?.message).toBe("Choose at least one teacher to enrol");
    const many = Array.from(
      { length: 501 },
      (_, index) => `9b8a7c6d-5e4f-4a3b-9c1d-${String(index).padStart(12, "0")}`,
    );
    const tooMany = enrolTeachersInputSchema.safeParse({ cohortId: schoolId, personIds: many });
    expect(pathsOf(tooMany)).toEqual(["personIds"]);
  });

  it("refuses the same teacher twice", () => {
    const result = enrolTeachersInputSchema.safeParse({
      cohortId: schoolId,
      personIds: [personId, personId],
    });
    expect(result.success).toBe(false);
  });
});

describe("enrolCandidatesInputSchema", () => {
  it("needs a team for team mode and two letters for search", () => {
    expect(
      pathsOf(enrolCandidatesInputSchema.safeParse({ cohortId: schoolId, by: "team" })),
    ).toEqual(["teamId"]);
    expect(
      pathsOf(
        enrolCandidatesInputSchema.safeParse({ cohortId: schoolId, by: "search", query: "a" }),
      ),
    ).toEqual(["query"]);
    expect(enrolCandidatesInputSchema.safeParse({ cohortId: schoolId, by: "school" }).success).toBe(
      true,
    );
  });
});

describe("releaseDates", () => {
  it("opens the sessions in order, a fixed number of days apart", () => {
    const dates = releaseDates({
      sessionIds: ["a", "b", "c"],
      firstReleaseOn: "2026-09-07",
      daysBetweenSessions: 14,
      timeZone: "UTC",
    });
    expect(dates).toEqual([
      { sessionId: "a", releasesAt: new Date("2026-09-07T00:00:00Z") },
      { sessionId: "b", releasesAt: new Date("2026-09-21T00:00:00Z") },
      { sessionId: "c", releasesAt: new Date("2026-10-05T00:00:00Z") },
    ]);
  });

  it("starts each day in the district's time zone, across a clock change", () => {
    const dates = releaseDates({
      sessionIds: ["a", "b"],
      firstReleaseOn: "2026-10-26",
      daysBetweenSessions: 7,
      timeZone: "America/Chicago",
    });
    // Chicago is UTC-5 before 1 November 2026 and UTC-6 after.
    expect(dates.map((entry) => entry.releasesAt.toISOString())).toEqual([
      "2026-10-26T05:00:00.000Z",
      "2026-11-02T06:00:00.000Z",
    ]);
  });

  it("gives nothing for a stage without sessions", () => {
    expect(
      releaseDates({
        sessionIds: [],
        firstReleaseOn: "2026-09-07",
        daysBetweenSessions: 7,
        timeZone: "UTC",
      }),
    ).toEqual([]);
  });
});
