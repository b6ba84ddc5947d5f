import type { Role } from "@throughline/domain/enums";

/** Every seeded person signs in with this password; it is for demos and tests only. */
export const DEMO_PASSWORD = "throughline-demo";

export interface DemoLogin {
  email: string;
  displayName: string;
  /** The role this login demonstrates. */
  role: Role;
  /** The app to open with it. */
  app: "teacher" | "coach" | "admin";
  districtSlug: string;
  description: string;
}

/** The named demo people; the seed builds them from here so the list cannot drift. */
export const demoPeople = {
  teacher: {
    email: "teacher@maplevalley.test",
    displayName: "Maria Delgado",
    role: "teacher",
    app: "teacher",
    districtSlug: "maple-valley",
    description: "Teacher at Maple Valley Elementary, part-way through Stage 1 (self-paced).",
  },
  teacherLeader: {
    email: "leader@maplevalley.test",
    displayName: "Kevin Osei",
    role: "coach",
    app: "coach",
    districtSlug: "maple-valley",
    description:
      "Teacher leader: a teacher in the dated Stage 2 cohort who also coaches and facilitates the Grades 3–5 Team.",
  },
  coach: {
    email: "coach@maplevalley.test",
    displayName: "Janelle Brooks",
    role: "coach",
    app: "coach",
    districtSlug: "maple-valley",
    description:
      "Instructional coach at Maple Valley Elementary: coaches both of its cohorts and facilitates the K–2 Literacy PLC.",
  },
  principal: {
    email: "principal@maplevalley.test",
    displayName: "Robert Okafor",
    role: "principal",
    app: "admin",
    districtSlug: "maple-valley",
    description: "Principal of Maple Valley Elementary.",
  },
  admin: {
    email: "admin@maplevalley.test",
    displayName: "Denise Harmon",
    role: "district_admin",
    app: "admin",
    districtSlug: "maple-valley",
    description: "District professional learning director for Maple Valley Unified.",
  },
  cedarRidgeCoach: {
    email: "coach@cedarridge.test",
    displayName: "Tomás Reyes",
    role: "coach",
    app: "coach",
    districtSlug: "cedar-ridge",
    description: "Instructional coach in Cedar Ridge Schools, the second district (for isolation).",
  },
} as const satisfies Record<string, DemoLogin>;

export const DEMO_LOGINS: readonly DemoLogin[] = [
  demoPeople.teacher,
  demoPeople.coach,
  demoPeople.teacherLeader,
  demoPeople.principal,
  demoPeople.admin,
  demoPeople.cedarRidgeCoach,
];
