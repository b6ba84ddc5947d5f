import type { AuditAction } from "@throughline/domain/audit";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionSaveInput } from "../../testing/session-save-input.ts";
import { TEST_SAML_SETTINGS } from "../../testing/sso-test-idp-keys.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * Admin writes that once left no trace are on the audit log, each with what it changed:
 * schools, teams, sign-in links, the framework-reviewed mark, the badge signing key, the
 * indicators of a MicroPD session (made or changed), a coach's own protocol, and passwords turned back on by removing single sign-on.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let coach: TestPerson;

// A school with two teachers, and a coach of the district.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school("Lincoln Elementary");
  await district.person({ role: "teacher", school });
  await district.person({ role: "teacher", school });
  coach = await district.person({ role: "coach" });
});

async function entriesOf(action: AuditAction, subjectId?: string) {
  const admin = await district.callerFor(district.admin);
  return (await admin.auditLog.list({ filter: { action, subjectId } })).entries;
}

describe("people admin writes on the audit log", () => {
  it("records a school added and renamed, in that school", async () => {
    const admin = await district.callerFor(district.admin);
    const { schoolId } = await admin.peopleAdmin.createSchool({ name: "Audited Elementary" });
    await admin.peopleAdmin.renameSchool({ schoolId, name: "Audited Primary" });
    const [created] = await entriesOf("school.created", schoolId);
    expect(created).toMatchObject({
      subjectKind: "school",
      schoolId,
      before: null,
      after: { name: "Audited Elementary" },
    });
    const [renamed] = await entriesOf("school.renamed", schoolId);
    expect(renamed).toMatchObject({
      before: { name: "Audited Elementary" },
      after: { name: "Audited Primary" },
    });
  });

  it("records a team created and its members changed, by name", async () => {
    const admin = await district.callerFor(district.admin);
    const { schools } = await admin.peopleAdmin.options();
    const school = schools.find((entry) => entry.name === "Lincoln Elementary");
    if (!school) throw new Error("The district has no Lincoln Elementary.");
    const people = await admin.peopleAdmin.schoolPeople({ schoolId: school.id });
    const [first, second] = people;
    if (!first || !second) throw new Error("The school has too few people.");
    const fields = { schoolId: school.id, name: "Audited Team", kind: "grade_level" as const };
    const { teamId } = await admin.peopleAdmin.createTeam({
      ...fields,
      facilitatorId: null,
      memberIds: [first.id],
    });
    await admin.peopleAdmin.updateTeam({
      ...fields,
      teamId,
      facilitatorId: second.id,
      memberIds: [first.id, second.id],
    });
    const [created] = await entriesOf("team.created", teamId);
    expect(created).toMatchObject({
      subjectKind: "team",
      schoolId: school.id,
      after: { name: "Audited Team", members: [first.displayName] },
    });
    const [updated] = await entriesOf("team.updated", teamId);
    expect(updated).toMatchObject({
      before: { facilitator: null, members: [first.displayName] },
      after: {
        facilitator: second.displayName,
        members: [first.displayName, second.displayName].sort(),
      },
    });
  });

  it("records a sign-in link made for a person, never the link itself", async () => {
    const admin = await district.callerFor(district.admin);
    const { schools } = await admin.peopleAdmin.options();
    const { personId } = await admin.peopleAdmin.create({
      displayName: "Ivy Invited",
      email: "ivy.invited@example.test",
      roles: [{ role: "teacher", schoolId: schools[0]?.id ?? null }],
    });
    const { url } = await admin.peopleAdmin.invite({ personId });
    const [entry] = await entriesOf("person.invite_created", personId);
    expect(entry).toMatchObject({ subjectKind: "person", subjectId: personId, before: null });
    expect(entry?.after).toHaveProperty("expiresAt");
    const token = new URL(url).pathname.split("/").at(-1) ?? url;
    expect(JSON.stringify(entry)).not.toContain(token);
  });
});

describe("settings and framework writes on the audit log", () => {
  it("records the framework marked reviewed", async () => {
    const admin = await district.callerFor(district.admin);
    // Reviewed once already: the second entry holds the old and the new time.
    await admin.gettingStarted.markFrameworkReviewed();
    await admin.gettingStarted.markFrameworkReviewed();
    const [entry] = await entriesOf("settings.district_changed");
    expect(entry).toMatchObject({ subjectKind: "district", schoolId: null });
    expect(entry?.before).toHaveProperty("framework_reviewed_at");
    expect(entry?.after?.framework_reviewed_at).toEqual(expect.any(String));
    expect(Object.keys(entry?.after ?? {})).toEqual(["framework_reviewed_at"]);
  });

  it("records the badge signing key rotated, naming the new key only", async () => {
    const admin = await district.callerFor(district.admin);
    const rotated = await admin.credentialIssuer.rotateKey();
    const [entry] = await entriesOf("badge.signing_key_rotated");
    expect(entry).toMatchObject({
      subjectKind: "district",
      after: { keyId: rotated.keyId, retiredKeys: rotated.retiredKeys },
    });
  });

  it("records a MicroPD session's indicators changed", async () => {
    const admin = await district.callerFor(district.admin);
    const [stage] = await admin.frameworkAdmin.stages();
    const page = await admin.frameworkAdmin.stage({ stageId: stage?.id ?? "" });
    const sessionId = page.sessions[0]?.id;
    if (!sessionId) throw new Error("The stage has no session.");
    const session = await admin.frameworkAdmin.session({ sessionId });
    const indicators = await admin.frameworkAdmin.indicators();
    const added = indicators.find((entry) => !session.indicatorIds.includes(entry.id));
    if (!added) throw new Error("Every indicator is on the session already.");
    await admin.frameworkAdmin.saveSession({
      ...sessionSaveInput(session),
      indicatorIds: [...session.indicatorIds, added.id],
    });
    const [entry] = await entriesOf("framework.updated", sessionId);
    expect(entry?.after?.indicators).toContain(added.code);
    expect(entry?.before?.indicators).not.toContain(added.code);
  });

  it("records a MicroPD session created with its indicators, by code", async () => {
    const admin = await district.callerFor(district.admin);
    const [stage] = await admin.frameworkAdmin.stages();
    const [first, second] = await admin.frameworkAdmin.indicators();
    if (!stage || !first || !second) throw new Error("The framework has no stage or indicators.");
    const { sessionId } = await admin.frameworkAdmin.createSession({
      stageId: stage.id,
      title: "Audited session",
      summary: "A session made to show its indicators on the record.",
      estimatedMinutes: 10,
      reflectionPrompts: ["What will you try?"],
      indicatorIds: [second.id, first.id],
    });
    const [entry] = await entriesOf("framework.created", sessionId);
    expect(entry).toMatchObject({
      subjectKind: "micropd_session",
      after: { title: "Audited session", indicators: [first.code, second.code].sort() },
    });
  });

  it("records a protocol a coach adds to the district", async () => {
    const { id } = await (await district.callerFor(coach)).protocols.create({
      name: "Audited protocol",
      purpose: "Shows that a district's own protocol is on the record.",
      steps: [{ title: "Look", purpose: "Notice first.", minutes: 5, prompts: [] }],
    });
    const [entry] = await entriesOf("framework.created", id);
    expect(entry).toMatchObject({
      subjectKind: "protocol",
      after: expect.objectContaining({ name: "Audited protocol" }),
    });
  });

  it("records passwords turned back on when single sign-on is removed", async () => {
    const admin = await district.callerFor(district.admin);
    await admin.ssoSettings.save(TEST_SAML_SETTINGS);
    await admin.ssoSettings.setPasswordSignIn({ allowed: false });
    await admin.ssoSettings.remove();
    const [entry] = await entriesOf("settings.password_sign_in_changed");
    expect(entry).toMatchObject({
      before: { password_sign_in: false },
      after: { password_sign_in: true },
    });
    expect(await entriesOf("sso.removed")).toHaveLength(1);
  });
});
