import type { Decision } from "./access-matrix.ts";

/*
 * Decisions several procedures share, named for who gets past and where (o = the demo
 * teacher's own school, s = another school of the district; see `access-matrix.ts`).
 */

/**
 * Reviewing the teacher's submitted attempt: the credential's lead reviewer and the certified
 * coach, at both schools (the district stops excluding a teacher's own coach in
 * `credentialAdmin.saveReviewSettings` before); settling a disagreement, the lead alone.
 */
export const reviewers: Decision = { coach: "os", reviewer: "os" };
export const leadReviewer: Decision = { reviewer: "os" };
/**
 * The demo teacher alone, on their own rows (a draft and its evidence, a reflection, a
 * notification): nobody else's, not even their coach's.
 */
export const demoTeacherOnly: Decision = { teacher: "o" };
/** The district admin, on rows of every school of their district. */
export const ownDistrictAdmin: Decision = { districtAdmin: "os" };
/** The teachers of the district (the teacher tier), on rows of every school of it. */
export const districtTeachers: Decision = { teacher: "os", leader: "os" };
/**
 * Whoever coaches the place's sample teacher and team: the demo teacher's coach at their school,
 * the district coach (`reviewer`) at the other.
 */
export const placeCoach: Decision = { coach: "o", reviewer: "s" };
/** The demo teacher's coaches (the district coach supports them through a cohort too). */
export const demoTeacherCoaches: Decision = { coach: "o", reviewer: "o" };
/**
 * Teachers in the stage of the place's sample MicroPD session: the demo teacher at their school;
 * at the other, the leader, whose stage that session is too.
 */
export const sampleStageTeachers: Decision = { teacher: "o", leader: "s" };
