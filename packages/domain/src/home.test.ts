import { describe, expect, expectTypeOf, it } from "vitest";
import { signedInViewerSchema, type TeacherHome, teacherHomeSchema, viewerSchema } from "./home.ts";
import { type NextSession, nextMicroPdSession } from "./rules/next-micropd-session.ts";

interface SessionSummary {
  id: string;
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
}
type HomeNext = TeacherHome["enrolments"][number]["next"];

const ids = {
  person: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  cohort: "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
  stage: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
  session: "6fa459ea-ee8a-4ca4-894e-db77e160355e",
  program: "9c5b94b1-35ad-49bb-b118-8e8fc24abf80",
};

describe("teacherHomeSchema", () => {
  it("takes the next-session rule's answer as its `next` field", () => {
    expectTypeOf<NextSession<SessionSummary>>().toExtend<HomeNext>();
  });

  it("describes a teacher's home page", () => {
    const session = {
      id: ids.session,
      position: 1,
      title: "The essential question",
      summary: "Frame the lesson around one question.",
      estimatedMinutes: 15,
    };
    const home: TeacherHome = {
      person: { id: ids.person, displayName: "Ada Byron" },
      schoolName: "Riverside Elementary",
      enrolments: [
        {
          cohortId: ids.cohort,
          cohortName: "Stage 1, 2026-27",
          schoolYear: "2026-27",
          releaseMode: "dated",
          stage: { id: ids.stage, position: 1, title: "High Performance Lessons" },
          status: "in_progress",
          sessionsCompleted: 0,
          sessionsTotal: 1,
          workshopAttended: true,
          workshop: {
            startsAt: new Date("2026-09-02T15:30:00Z"),
            location: "Library",
            videoUrl: null,
            description: null,
            minutes: 180,
          },
          next: nextMicroPdSession([session], new Set(), new Date("2026-11-25T12:00:00Z")),
        },
      ],
      stages: [{ id: ids.stage, position: 1, title: "High Performance Lessons" }],
      programs: [
        {
          id: ids.program,
          title: "Instructional framework",
          summary: "",
          required: true,
          stages: [{ id: ids.stage, position: 1, title: "High Performance Lessons" }],
          current: { stageId: ids.stage, status: "in_progress" },
        },
      ],
    };
    expect(teacherHomeSchema.parse(home)).toEqual(home);
  });
});

describe("viewerSchema", () => {
  it("lets a district admin hold no school", () => {
    const viewer = {
      person: { id: ids.person, displayName: "Ada Byron", email: "ada@example.org" },
      district: { id: ids.cohort, name: "Riverside Unified", timeZone: "America/Denver" },
      roles: [{ role: "district_admin", schoolId: null, schoolName: null }],
    };
    expect(viewerSchema.safeParse(viewer).success).toBe(true);
  });
});

describe("signedInViewerSchema", () => {
  const viewer = {
    person: { id: ids.person, displayName: "Ada Byron", email: "ada@example.org" },
    district: { id: ids.cohort, name: "Riverside Unified", timeZone: "America/Denver" },
    roles: [{ role: "principal", schoolId: ids.cohort, schoolName: "Lincoln" }],
    access: {
      teacher: { allowed: false, message: "This app is for teachers." },
      coach: { allowed: false, message: "This app is for coaches." },
      admin: { allowed: true },
    },
  };

  it("carries what the viewer administers: the district, or the schools they lead", () => {
    const principal = { ...viewer, administers: { district: false, schools: [ids.cohort] } };
    expect(signedInViewerSchema.parse(principal)).toEqual(principal);
    const districtAdmin = { ...viewer, administers: { district: true, schools: "all" } };
    expect(signedInViewerSchema.parse(districtAdmin)).toEqual(districtAdmin);
  });

  it("has no viewer without the decisions", () => {
    expect(signedInViewerSchema.safeParse(viewer).success).toBe(false);
    const refusedWithoutWhy = {
      ...viewer,
      access: { ...viewer.access, coach: { allowed: false } },
    };
    expect(
      signedInViewerSchema.safeParse({
        ...refusedWithoutWhy,
        administers: { district: false, schools: [] },
      }).success,
    ).toBe(false);
  });
});
