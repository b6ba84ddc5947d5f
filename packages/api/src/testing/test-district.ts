import { randomUUID } from "node:crypto";
import { acceptPersonInvite } from "@throughline/db/queries/people/people-admin-invites";
import { withTenant } from "@throughline/db/tenant";
import { newDistrict } from "@throughline/db/testing";
import type { Role, TeamKind } from "@throughline/domain/enums";
import { parseInviteToken } from "@throughline/domain/people-admin";
import { hashInviteSecret } from "../invite-token.ts";
import { selfPacedCohortInput } from "./cohort-input.ts";
import { DEMO_PASSWORD, type TestApi } from "./test-api.ts";

/*
 * A small district of a test's own, built through the procedures the admin console uses (a
 * school, a person, a cohort, an enrolment, a team) and the invite link a new person signs up
 * with, so the product's rules apply to the test's world as to a real district's. Each call
 * makes a district with its own slug and email domain: tests in one file do not meet.
 */

/** Someone of the test district, who signs in with the demo password. */
export interface TestPerson {
  id: string;
  email: string;
  displayName: string;
}

interface TestSchool {
  id: string;
  name: string;
}

interface TestCohort {
  id: string;
  stageId: string;
  schoolId: string;
}

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

/** What the factory needs of a test API: `createTestApi()` or `testApiPerFile()`. */
type FactoryApi = Pick<TestApi, "db" | "callerFor">;

/** One role the person holds; a district admin's has no school. */
interface RoleAt {
  role: Role;
  school?: TestSchool;
}

let districtsMade = 0;

/** A fresh district with the default framework and one district admin, ready to fill in. */
export async function testDistrict(
  api: FactoryApi,
  options: { name?: string; timeZone?: string } = {},
) {
  districtsMade += 1;
  const slug = `test-${districtsMade}-${randomUUID().slice(0, 8)}`;
  const domain = `${slug}.test`;
  const admin: TestPerson = { id: "", email: `admin@${domain}`, displayName: "Test Admin" };
  const created = await newDistrict(api.db, {
    name: options.name ?? `Test District ${districtsMade}`,
    slug,
    timeZone: options.timeZone ?? "America/Chicago",
    admin: { displayName: admin.displayName, email: admin.email },
  });
  admin.id = created.adminPersonId;
  const asAdmin = () => api.callerFor(admin.email);
  let made = 0;
  const nextNumber = () => {
    made += 1;
    return made;
  };

  const callerFor = (someone: TestPerson): Promise<Caller> => api.callerFor(someone.email);

  /** Accepts the person's invite link as the invite page does, with the demo password. */
  async function signUp(admin: Caller, personId: string): Promise<void> {
    const { url } = await admin.peopleAdmin.invite({ personId });
    const token = parseInviteToken(url.split("/invite/")[1] ?? "");
    if (!token) throw new Error(`The invite link ${url} has no token.`);
    const accepted = await withTenant(api.db, token.districtId, (tx) =>
      acceptPersonInvite(tx, {
        tokenHash: hashInviteSecret(token.secret),
        password: DEMO_PASSWORD,
        now: new Date(),
      }),
    );
    if (!accepted.ok) throw new Error(`The invite was not accepted: ${accepted.problem}.`);
  }

  const builders = {
    districtId: created.districtId,
    slug,
    admin,
    callerFor,

    /** A school, created by the district admin. */
    async school(name = `Test School ${nextNumber()}`): Promise<TestSchool> {
      const { schoolId } = await (await asAdmin()).peopleAdmin.createSchool({ name });
      return { id: schoolId, name };
    },

    /**
     * A person with one role (or several, in `also`), created and invited by the district admin;
     * they accept the invite, so `callerFor` signs in as them.
     */
    async person(holds: RoleAt & { name?: string; also?: RoleAt[] }): Promise<TestPerson> {
      const number = nextNumber();
      const displayName = holds.name ?? `Test ${holds.role.replace("_", " ")} ${number}`;
      const email = `${holds.role}.${number}@${domain}`;
      const roles = [holds, ...(holds.also ?? [])].map(({ role, school }) => ({
        role,
        schoolId: school?.id ?? null,
      }));
      const admin = await asAdmin();
      const { personId } = await admin.peopleAdmin.create({ displayName, email, roles });
      await signUp(admin, personId);
      return { id: personId, email, displayName };
    },

    /** The framework's stages in order, as the admin console lists them. */
    async stageIds(): Promise<string[]> {
      return (await (await asAdmin()).frameworkAdmin.stages()).map((stage) => stage.id);
    },

    /** The framework's first `count` indicators in code order, as the framework page lists them. */
    async indicatorIds(count: number): Promise<string[]> {
      const indicators = await (await asAdmin()).frameworkAdmin.indicators();
      return indicators.slice(0, count).map((indicator) => indicator.id);
    },

    /**
     * A self-paced cohort of the school, at the first stage unless `stageId` says otherwise,
     * coached by `coach` when given.
     */
    async cohort(place: {
      school: TestSchool;
      coach?: TestPerson;
      stageId?: string;
      name?: string;
    }): Promise<TestCohort> {
      const admin = await asAdmin();
      const [firstStage] = await admin.frameworkAdmin.stages();
      const stageId = place.stageId ?? firstStage?.id ?? "";
      const name = place.name ?? `${place.school.name} · Cohort ${nextNumber()}`;
      const { cohortId } = await admin.cohortAdmin.create(
        selfPacedCohortInput(
          { schoolId: place.school.id, stageId },
          { name, coachId: place.coach?.id ?? null },
        ),
      );
      return { id: cohortId, stageId, schoolId: place.school.id };
    },

    /** Enrols teachers of the cohort's school, as the admin's enrol dialog does. */
    async enrol(teachers: TestPerson | TestPerson[], cohort: TestCohort): Promise<void> {
      const personIds = (Array.isArray(teachers) ? teachers : [teachers]).map((t) => t.id);
      await (await asAdmin()).cohortAdmin.enrol({ cohortId: cohort.id, personIds });
    },

    /** A team of the school with these members, led by `facilitator` when given. */
    async team(place: {
      school: TestSchool;
      members: TestPerson[];
      facilitator?: TestPerson;
      kind?: TeamKind;
      name?: string;
    }): Promise<{ id: string; name: string }> {
      const name = place.name ?? `Test Team ${nextNumber()}`;
      const { teamId } = await (await asAdmin()).peopleAdmin.createTeam({
        schoolId: place.school.id,
        name,
        kind: place.kind ?? "plc",
        facilitatorId: place.facilitator?.id ?? null,
        memberIds: place.members.map((member) => member.id),
      });
      return { id: teamId, name };
    },
  };

  /** A school with its principal and one teacher (named `teacherName` when given). */
  async function schoolWithStaff(teacherName?: string) {
    const school = await builders.school();
    const teacher = await builders.person({ role: "teacher", school, name: teacherName });
    const principal = await builders.person({ role: "principal", school });
    return { school, teacher, principal };
  }

  /**
   * The world many tests start from: a school with its principal, and a teacher enrolled in a
   * first-stage cohort that a district coach leads.
   */
  async function coachedTeacher(names: { teacher?: string; coach?: string } = {}) {
    const { school, teacher, principal } = await schoolWithStaff(names.teacher);
    const coach = await builders.person({ role: "coach", name: names.coach });
    const cohort = await builders.cohort({ school, coach });
    await builders.enrol(teacher, cohort);
    return { school, cohort, teacher, coach, principal };
  }

  return {
    ...builders,
    schoolWithStaff,
    coachedTeacher,

    /** The principal of a new school of the district: someone who leads another school. */
    async principalElsewhere(): Promise<TestPerson> {
      return builders.person({ role: "principal", school: await builders.school() });
    },

    /** The coached-teacher world and a team of the school: the teacher on it, the coach leading it. */
    async coachedTeam(names: { teacher?: string; coach?: string; team?: string } = {}) {
      const world = await coachedTeacher(names);
      const team = await builders.team({
        school: world.school,
        name: names.team,
        members: [world.teacher],
        facilitator: world.coach,
      });
      return { ...world, team };
    },
  };
}

export type TestDistrict = Awaited<ReturnType<typeof testDistrict>>;
