/*
 * Who may call what: the expected answer of every procedure, per role and per place its sample
 * input points at. `access-matrix.test.ts` calls each procedure in each cell and compares with
 * `access-matrix-decisions.ts`; a procedure added without an entry there fails it ("a new procedure without a decision fails the
 * build"). Letters name the places where a role gets past the gate: o = the demo teacher's own
 * school (Maple Valley Elementary), s = another school of the district (Riverside Middle),
 * d = another district (Cedar Ridge); a role left out is refused (FORBIDDEN, UNAUTHORIZED or
 * NOT_FOUND) everywhere. A procedure without input has no place: "osd" means allowed. Anything
 * but a refusal is past the gate, a 400 included: a field the viewer may not choose (a school
 * they do not lead in `peopleAdmin.createTeam`) is refused as a field error, and counts as past.
 * Every procedure is reached by someone: one refused to every role would be `{}`, with a comment
 * saying why (a sample input that names no row it takes does not count).
 * Roles: `leader` teaches, coaches and facilitates a team; `coach` is certified to review every
 * credential; `reviewer` is a district coach who leads credential review and coaches none of the
 * demo teacher's teams.
 */

export type Who =
  | "signedOut"
  | "teacher"
  | "leader"
  | "coach"
  | "principal"
  | "districtAdmin"
  | "reviewer";
export const whoAll: readonly Who[] = [
  "signedOut",
  "teacher",
  "leader",
  "coach",
  "principal",
  "districtAdmin",
  "reviewer",
];

export type Where = "o" | "s" | "d";
export const whereLetters: readonly Where[] = ["o", "s", "d"];

type Places = "o" | "s" | "d" | "os" | "od" | "sd" | "osd";
export type Decision = Partial<Record<Who, Places>>;

/** Everyone signed in. */
export const signedIn: Decision = {
  teacher: "osd",
  leader: "osd",
  coach: "osd",
  principal: "osd",
  districtAdmin: "osd",
  reviewer: "osd",
};
/** The teacher tier (the leader teaches too). */
export const teachers: Decision = { teacher: "osd", leader: "osd" };
/** The coach tier: coaches and facilitating teacher leaders. */
export const coaches: Decision = { leader: "osd", coach: "osd", reviewer: "osd" };
/** The admin tier: principals and district admins. */
export const admins: Decision = { principal: "osd", districtAdmin: "osd" };
export const districtAdmins: Decision = { districtAdmin: "osd" };
/** The staff tier: everyone who runs professional learning. */
export const staff: Decision = {
  leader: "osd",
  coach: "osd",
  principal: "osd",
  districtAdmin: "osd",
  reviewer: "osd",
};
/** A school's rows: its principal, and district admins for every school of their district. */
export const schoolAdmins: Decision = { principal: "o", districtAdmin: "os" };
