import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type { AuditAction } from "@throughline/domain/audit";
import { beforeAll, describe, expect, it } from "vitest";
import { selfPacedCohortInput } from "../../testing/cohort-input.ts";
import { codeOf } from "../../testing/error-code.ts";
import { TEST_SAML_SETTINGS } from "../../testing/sso-test-idp-keys.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * Each audited area writes its entry with the changed fields before and after, in the change's
 * transaction; a refused change writes none. People are covered in router.test.ts.
 */

const sampleFolder = new URL(
  "../../../../../fixtures/oneroster/maple-valley-sample/",
  import.meta.url,
);

const api = testApiPerFile();
let district: TestDistrict;

// A district with an elementary school of three teachers.
beforeAll(async () => {
  district = await testDistrict(api, { name: "Maple Valley Unified" });
  const school = await district.school("Maple Valley Elementary");
  for (let count = 0; count < 3; count += 1) await district.person({ role: "teacher", school });
});

async function entriesOf(action: AuditAction) {
  const admin = await district.callerFor(district.admin);
  return (await admin.auditLog.list({ filter: { action } })).entries;
}

describe("audited areas", () => {
  it("framework: an edited indicator records the changed columns; a refused edit records none", async () => {
    const admin = await district.callerFor(district.admin);
    const [first, second] = await admin.frameworkAdmin.indicators();
    if (!first || !second) throw new Error("The seed has no indicators.");
    await admin.frameworkAdmin.updateIndicator({
      indicatorId: first.id,
      code: first.code,
      title: "Audited title",
      description: first.description,
    });
    const [entry] = await entriesOf("framework.updated");
    expect(entry).toMatchObject({
      subjectKind: "indicator",
      subjectId: first.id,
      before: { title: first.title },
      after: { title: "Audited title" },
    });
    expect(Object.keys(entry?.after ?? {})).toEqual(["title"]);

    const refused = admin.frameworkAdmin.updateIndicator({
      indicatorId: first.id,
      code: second.code,
      title: "Never saved",
      description: first.description,
    });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
    expect(await entriesOf("framework.updated")).toHaveLength(1);
  });

  it("cohorts: creating and enrolling are recorded, with the school for principals", async () => {
    const admin = await district.callerFor(district.admin);
    const options = await admin.cohortAdmin.formOptions();
    const school = options.schools.find((s) => s.name === "Maple Valley Elementary");
    const stage = options.stages.find((s) => s.position === 3);
    if (!school || !stage) throw new Error("The seed has no elementary school or Stage 3.");
    const { cohortId } = await admin.cohortAdmin.create(
      selfPacedCohortInput({ schoolId: school.id, stageId: stage.id }, { name: "Audited cohort" }),
    );
    const candidates = await admin.cohortAdmin.candidates({ cohortId, by: "school" });
    const chosen = candidates.slice(0, 2);
    await admin.cohortAdmin.enrol({
      cohortId,
      personIds: chosen.map((candidate) => candidate.personId),
      overrides: chosen.map((candidate) => ({ personId: candidate.personId, reason: "Pilot" })),
    });
    const [created] = await entriesOf("cohort.created");
    expect(created).toMatchObject({ subjectId: cohortId, schoolId: school.id, before: null });
    expect(created?.after).toMatchObject({ name: "Audited cohort" });
    const [enrolled] = await entriesOf("cohort.enrolled");
    expect(enrolled).toMatchObject({ subjectId: cohortId, schoolId: school.id });
    expect(enrolled?.after?.enrolledPersonIds).toEqual(
      expect.arrayContaining(chosen.map((candidate) => candidate.personId)),
    );
  });

  it("settings: district name, reminders and review settings record what changed", async () => {
    const admin = await district.callerFor(district.admin);
    await admin.reminderSettings.rename({ name: "Maple Valley Unified (audited)" });
    expect((await entriesOf("settings.district_changed"))[0]).toMatchObject({
      subjectKind: "district",
      before: { name: "Maple Valley Unified" },
      after: { name: "Maple Valley Unified (audited)" },
    });
    const reminders = await admin.reminderSettings.get();
    await admin.reminderSettings.save({ ...reminders, meetingReminderMinutes: [30] });
    expect((await entriesOf("settings.reminders_changed"))[0]?.after).toMatchObject({
      meeting_reminder_minutes: [30],
    });
    const review = await admin.credentialAdmin.reviewSettings();
    await admin.credentialAdmin.saveReviewSettings({ ...review, reviewsRequired: 2 });
    expect((await entriesOf("settings.review_changed"))[0]?.after).toEqual({
      reviews_required: 2,
    });
  });

  it("roster import: one entry per import with its counts", async () => {
    const admin = await district.callerFor(district.admin);
    const files = await Promise.all(
      (await readdir(sampleFolder)).map(async (name) => ({
        name,
        encoding: "text" as const,
        content: await readFile(new URL(name, sampleFolder), "utf8"),
      })),
    );
    const importId = randomUUID();
    await admin.rosterImport.importFiles({ files, importId, skipBadRows: true });
    const entries = await entriesOf("roster.imported");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      subjectKind: "roster_import",
      subjectId: importId,
      after: { people: { create: 22 }, skippedBadRows: 1 },
    });
  });
  it("sign-in: saving a provider and turning passwords off are recorded, never the secret", async () => {
    const admin = await district.callerFor(district.admin);
    await admin.ssoSettings.save(TEST_SAML_SETTINGS);
    const [saved] = await entriesOf("sso.saved");
    expect(saved).toMatchObject({
      before: null,
      after: { protocol: "saml", domains: "maplevalley.test" },
    });
    expect(JSON.stringify(saved)).not.toContain("BEGIN CERTIFICATE");
    await admin.ssoSettings.setPasswordSignIn({ allowed: false });
    // Passwords are off now: read with the session already open.
    const { entries } = await admin.auditLog.list({
      filter: { action: "settings.password_sign_in_changed" },
    });
    expect(entries[0]).toMatchObject({
      before: { password_sign_in: true },
      after: { password_sign_in: false },
    });
  });
});
