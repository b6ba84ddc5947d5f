import { acceptPersonInvite } from "@throughline/db/queries/people/people-admin-invites";
import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { parseInviteToken } from "@throughline/domain/people-admin";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashInviteSecret } from "../../invite-token.ts";
import { appRouter } from "../../root.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { completeNextSession } from "../../testing/test-district-micropd.ts";
import { createCallerFactory } from "../../trpc.ts";

const api = testApiPerFile({ seed: false });
const ELEMENTARY = "Oak Grove Elementary";
const MIDDLE = "Riverside Middle School";
let district: TestDistrict;
/** The district's email domain. */
let domain: string;
let people: Record<"maria" | "hannah" | "jamal" | "principal" | "middleTeacher", TestPerson>;
/** Everyone of the district before the tests add anyone: its admin and the people below. */
let everyoneCount: number;
let elementaryId: string;
let middleId: string;

// Two schools with a principal each: at the elementary school Maria (enrolled in a cohort, with
// one MicroPD session done), Hannah and Jamal; at the middle school a teacher named Rossi.
beforeAll(async () => {
  district = await testDistrict(api);
  domain = `${district.slug}.test`;
  const elementary = await district.school(ELEMENTARY);
  const middle = await district.school(MIDDLE);
  elementaryId = elementary.id;
  middleId = middle.id;
  const teacher = (name: string, school = elementary) =>
    district.person({ role: "teacher", school, name });
  people = {
    maria: await teacher("Maria Delgado"),
    hannah: await teacher("Hannah Lindqvist"),
    jamal: await teacher("Jamal Washington"),
    principal: await district.person({
      role: "principal",
      school: elementary,
      name: "Robert Okafor",
    }),
    middleTeacher: await teacher("Marco Rossi", middle),
  };
  await district.person({ role: "principal", school: middle, name: "Sandra Villanueva" });
  // The admin, the five people above and the middle school's principal.
  everyoneCount = 1 + Object.keys(people).length + 1;
  const cohort = await district.cohort({ school: elementary });
  await district.enrol(people.maria, cohort);
  const reflection = "Students answered the essential question in writing, most of them well.";
  await completeNextSession(await district.callerFor(people.maria), reflection);
});

describe("searching people", () => {
  it("finds people by part of their name or email, active first, 50 a page", async () => {
    const caller = await district.callerFor(district.admin);
    const byName = await caller.peopleAdmin.search({ query: "delg" });
    expect(byName.people.map((p) => p.email)).toEqual([people.maria.email]);
    expect(byName.people[0]?.hasSignIn).toBe(true);
    expect(byName.people[0]?.roles).toEqual([
      { role: "teacher", schoolId: elementaryId, schoolName: ELEMENTARY },
    ]);

    const everyone = await caller.peopleAdmin.search({});
    expect(everyone.people).toHaveLength(Math.min(50, everyone.total));
    expect(everyone.total).toBe(everyoneCount);
  });

  it("filters by role and by school", async () => {
    const caller = await district.callerFor(district.admin);
    const principals = await caller.peopleAdmin.search({ role: "principal" });
    expect(principals.people.map((p) => p.displayName).sort()).toEqual([
      "Robert Okafor",
      "Sandra Villanueva",
    ]);
    const middle = await caller.peopleAdmin.search({ schoolId: middleId, query: "rossi" });
    expect(middle.people.map((p) => p.email)).toEqual([people.middleTeacher.email]);
    const notAtMiddle = await caller.peopleAdmin.search({ schoolId: middleId, query: "delgado" });
    expect(notAtMiddle.total).toBe(0);
  });
});

describe("creating and editing people", () => {
  it("refuses an email someone in the district already has, naming the field", async () => {
    const caller = await district.callerFor(district.admin);
    const refusal = await refusalOf(
      caller.peopleAdmin.create({
        displayName: "Someone Else",
        email: ` ${people.maria.email.toUpperCase()} `,
        roles: [{ role: "teacher", schoolId: elementaryId }],
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((e) => e.path)).toEqual(["email"]);
  });

  it("creates a person without a sign-in and replaces their roles in one go", async () => {
    const caller = await district.callerFor(district.admin);
    const { personId } = await caller.peopleAdmin.create({
      displayName: "Ana Ruiz",
      email: `Ana.Ruiz@${domain}`,
      roles: [{ role: "teacher", schoolId: elementaryId }],
    });
    const created = await caller.peopleAdmin.detail({ personId });
    expect(created).toMatchObject({ email: `ana.ruiz@${domain}`, hasSignIn: false });

    const updated = await caller.peopleAdmin.update({
      personId,
      displayName: "Ana Ruiz-Soto",
      email: `ana.ruiz@${domain}`,
      roles: [
        { role: "coach", schoolId: middleId },
        { role: "teacher", schoolId: middleId },
      ],
    });
    expect(updated.displayName).toBe("Ana Ruiz-Soto");
    expect(updated.roles.map((r) => `${r.role}@${r.schoolName}`).sort()).toEqual([
      "coach@Riverside Middle School",
      "teacher@Riverside Middle School",
    ]);
  });
});

describe("deactivating", () => {
  it("ends the person's sessions at once, keeps their history and lists them inactive", async () => {
    const teacherCaller = await district.callerFor(people.maria);
    expect(await codeOf(teacherCaller.viewer.me())).toBe("OK");
    const personId = people.maria.id;
    const progressBefore = await rawRows<{ count: number }>(
      api.db,
      sql`select count(*)::int as count from micropd_progress where person_id = ${personId}`,
    );
    expect(progressBefore[0]?.count).toBeGreaterThan(0);

    const caller = await district.callerFor(district.admin);
    const after = await caller.peopleAdmin.setActive({ personId, active: false });
    expect(after.active).toBe(false);

    // Their sessions are gone, not merely refused.
    expect(await codeOf(teacherCaller.viewer.me())).toBe("UNAUTHORIZED");
    const progressAfter = await rawRows<{ count: number }>(
      api.db,
      sql`select count(*)::int as count from micropd_progress where person_id = ${personId}`,
    );
    expect(progressAfter).toEqual(progressBefore);

    const hidden = await caller.peopleAdmin.search({ query: "delgado" });
    expect(hidden.total).toBe(0);
    const listed = await caller.peopleAdmin.search({ query: "delgado", includeInactive: true });
    expect(listed.people.map((p) => [p.email, p.active])).toEqual([[people.maria.email, false]]);

    await caller.peopleAdmin.setActive({ personId, active: true });
    // Reactivation brings no old session back: they sign in again.
    expect(await codeOf(teacherCaller.viewer.me())).toBe("UNAUTHORIZED");
    expect(await codeOf((await district.callerFor(people.maria)).viewer.me())).toBe("OK");
  });

  it("does not let an admin deactivate themselves", async () => {
    const caller = await district.callerFor(district.admin);
    const refusal = await refusalOf(
      caller.peopleAdmin.setActive({ personId: district.admin.id, active: false }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
  });
});

describe("a principal", () => {
  it("sees only the people of the school they lead", async () => {
    const caller = await district.callerFor(people.principal);
    const options = await caller.peopleAdmin.options();
    expect(options).toEqual({
      districtWide: false,
      schools: [{ id: elementaryId, name: ELEMENTARY }],
    });
    expect((await caller.peopleAdmin.search({ query: "rossi" })).total).toBe(0);
    const middleTeacherId = people.middleTeacher.id;
    expect(await codeOf(caller.peopleAdmin.detail({ personId: middleTeacherId }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(caller.peopleAdmin.setActive({ personId: middleTeacherId, active: false })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(caller.peopleAdmin.invite({ personId: middleTeacherId }))).toBe(
      "FORBIDDEN",
    );
  });

  it("cannot grant district admin or a role at another school", async () => {
    const caller = await district.callerFor(people.principal);
    for (const role of [
      { role: "district_admin" as const, schoolId: null },
      { role: "teacher" as const, schoolId: middleId },
    ]) {
      const refusal = await refusalOf(
        caller.peopleAdmin.create({
          displayName: "Would Be",
          email: `would.be.${role.role}@${domain}`,
          roles: [role],
        }),
      );
      expect(refusal.fieldErrors?.map((e) => e.path)).toEqual(["roles"]);
    }
    const refusal = await refusalOf(
      caller.peopleAdmin.update({
        personId: people.hannah.id,
        displayName: "Hannah Lindqvist",
        email: people.hannah.email,
        roles: [{ role: "district_admin", schoolId: null }],
      }),
    );
    expect(refusal.fieldErrors?.map((e) => e.path)).toEqual(["roles"]);
  });

  it("keeps a person's roles at other schools when editing them", async () => {
    const adminCaller = await district.callerFor(district.admin);
    const { personId } = await adminCaller.peopleAdmin.create({
      displayName: "Two Schools",
      email: `two.schools@${domain}`,
      roles: [
        { role: "teacher", schoolId: elementaryId },
        { role: "coach", schoolId: middleId },
      ],
    });
    const caller = await district.callerFor(people.principal);
    const updated = await caller.peopleAdmin.update({
      personId,
      displayName: "Two Schools",
      email: `two.schools@${domain}`,
      roles: [{ role: "coach", schoolId: elementaryId }],
    });
    expect(updated.roles.map((r) => `${r.role}@${r.schoolName}`).sort()).toEqual([
      `coach@${ELEMENTARY}`,
      "coach@Riverside Middle School",
    ]);
  });
});

describe("schools and teams", () => {
  it("lets a district admin add and rename schools, with names unique", async () => {
    const caller = await district.callerFor(district.admin);
    const { schoolId } = await caller.peopleAdmin.createSchool({ name: "Oak Hill Elementary" });
    const taken = await refusalOf(caller.peopleAdmin.createSchool({ name: "oak hill elementary" }));
    expect(taken.fieldErrors?.map((e) => e.path)).toEqual(["name"]);
    await caller.peopleAdmin.renameSchool({ schoolId, name: "Oak Hill Primary" });
    const schools = await caller.peopleAdmin.schools();
    expect(schools.map((s) => s.name)).toContain("Oak Hill Primary");
    const principalCaller = await district.callerFor(people.principal);
    expect(await codeOf(principalCaller.peopleAdmin.createSchool({ name: "Mine" }))).toBe(
      "FORBIDDEN",
    );
  });

  it("creates a team and replaces its members; a principal cannot add another school's people", async () => {
    const caller = await district.callerFor(people.principal);
    const hannah = people.hannah.id;
    const jamal = people.jamal.id;
    const { teamId } = await caller.peopleAdmin.createTeam({
      schoolId: elementaryId,
      name: "Kindergarten Team",
      kind: "grade_level",
      facilitatorId: hannah,
      memberIds: [hannah, jamal],
    });
    await caller.peopleAdmin.updateTeam({
      teamId,
      schoolId: elementaryId,
      name: "Kindergarten Team",
      kind: "grade_level",
      facilitatorId: null,
      memberIds: [jamal],
    });
    const team = (await caller.peopleAdmin.teams()).find((t) => t.id === teamId);
    expect(team?.members.map((m) => m.id)).toEqual([jamal]);
    expect(team?.facilitator).toBeNull();

    const refusal = await refusalOf(
      caller.peopleAdmin.updateTeam({
        teamId,
        schoolId: elementaryId,
        name: "Kindergarten Team",
        kind: "grade_level",
        facilitatorId: null,
        memberIds: [people.middleTeacher.id],
      }),
    );
    expect(refusal.fieldErrors?.map((e) => e.path)).toEqual(["memberIds"]);
  });
});

describe("invites", () => {
  it("makes a one-time link that sets a password the person then signs in with", async () => {
    const caller = await district.callerFor(district.admin);
    const { personId } = await caller.peopleAdmin.create({
      displayName: "Invited Teacher",
      email: `invited.teacher@${domain}`,
      roles: [{ role: "teacher", schoolId: elementaryId }],
    });
    const first = await caller.peopleAdmin.invite({ personId });
    const second = await caller.peopleAdmin.invite({ personId });
    expect(second.url).toMatch(/^http:\/\/localhost:3000\/invite\//);
    const days = (second.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect((await caller.peopleAdmin.detail({ personId })).openInvite).not.toBeNull();

    const tokenOf = (url: string) => {
      const parsed = parseInviteToken(url.split("/invite/")[1] ?? "");
      if (!parsed) throw new Error("The invite link has no token.");
      return parsed;
    };
    const accept = (url: string) => {
      const { districtId, secret } = tokenOf(url);
      return withTenant(api.db, districtId, (tx) =>
        acceptPersonInvite(tx, {
          tokenHash: hashInviteSecret(secret),
          password: "a new long password",
          now: new Date(),
        }),
      );
    };
    // Only the hash is stored.
    const stored = await rawRows<{ token_hash: string }>(
      api.db,
      sql`select token_hash from person_invite where person_id = ${personId}`,
    );
    expect(stored.map((row) => row.token_hash)).toContain(
      hashInviteSecret(tokenOf(second.url).secret),
    );
    expect(JSON.stringify(stored)).not.toContain(tokenOf(second.url).secret);

    expect(await accept(first.url)).toEqual({ ok: false, problem: "invalid" });
    expect((await accept(second.url)).ok).toBe(true);
    expect(await accept(second.url)).toEqual({ ok: false, problem: "invalid" });

    const cookie = await api.sessionCookieFor(`invited.teacher@${domain}`, "a new long password");
    const invited = createCallerFactory(appRouter)(api.requestContext(new Headers({ cookie })));
    expect((await invited.viewer.me()).person.displayName).toBe("Invited Teacher");

    const detail = await caller.peopleAdmin.detail({ personId });
    expect(detail).toMatchObject({ hasSignIn: true, openInvite: null });
    expect(await codeOf(caller.peopleAdmin.invite({ personId }))).toBe("CONFLICT");
  });
});
