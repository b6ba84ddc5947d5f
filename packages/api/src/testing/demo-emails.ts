import { demoPeople } from "@throughline/db/seed/demo-logins";

/**
 * The seeded people the API tests sign in as, named by their part in the demo (the seed in
 * packages/db/src/seed makes them): one place to learn who is who, instead of a list of emails
 * at the top of each test file.
 */
const emails = {
  /** Maria Delgado: teaches at Maple Valley Elementary, in the K–2 Literacy PLC. */
  teacher: demoPeople.teacher.email,
  /** Janelle Brooks: coaches the elementary cohorts and facilitates the K–2 Literacy PLC. */
  coach: demoPeople.coach.email,
  /** Kevin Osei: a teacher leader at the elementary school, facilitating the Grades 3–5 Team. */
  leader: demoPeople.teacherLeader.email,
  /** Robert Okafor: principal of Maple Valley Elementary. */
  principal: demoPeople.principal.email,
  /** Denise Harmon: the district admin of Maple Valley. */
  admin: demoPeople.admin.email,
  /** Tomás Reyes: a coach in Cedar Ridge, the other district. */
  cedarRidgeCoach: demoPeople.cedarRidgeCoach.email,
  /** Sandra Villanueva: principal of Riverside Middle School. */
  middlePrincipal: "sandra.villanueva@maplevalley.test",
  /** Leah Whitfield: coaches at Riverside Middle School. */
  middleCoach: "leah.whitfield@maplevalley.test",
  /** Angela Rossi: teaches at Riverside Middle School. */
  middleTeacher: "angela.rossi@maplevalley.test",
  /** Jamal Washington: an elementary teacher early in Stage 1, with no self-assessment. */
  unassessedTeacher: "jamal.washington@maplevalley.test",
};

/** Plain strings, so a test compares them with any email a query gives. */
export const demoEmail: Readonly<Record<keyof typeof emails, string>> = emails;
