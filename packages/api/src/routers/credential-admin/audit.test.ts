import type { AuditAction } from "@throughline/domain/audit";
import { beforeAll, describe, expect, it } from "vitest";
import { credentialDefinitionInput } from "../../testing/credential-definition-input.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * Micro-credential definitions and their lead reviewers are on the audit log with the fields
 * before and after, written in the change's transaction; a refused change or one that changes
 * nothing writes no entry.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;

// A district with a coach, who may be named a lead reviewer.
beforeAll(async () => {
  district = await testDistrict(api);
  await district.person({ role: "coach" });
});

async function entriesOf(action: AuditAction, subjectId?: string) {
  const admin = await district.callerFor(district.admin);
  return (await admin.auditLog.list({ filter: { action, subjectId } })).entries;
}

describe("micro-credential definitions on the audit log", () => {
  it("records a new credential, then only what an edit changed, requirements and rubric included", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(credentialDefinitionInput());
    const [created] = await entriesOf("credential.created", credentialId);
    expect(created).toMatchObject({
      subjectKind: "credential",
      subjectId: credentialId,
      schoolId: null,
      before: null,
      after: {
        name: "Exit Tickets That Steer Tomorrow",
        pdHours: 2.5,
        version: 1,
        archived: false,
      },
    });

    const edited = credentialDefinitionInput({
      name: "Exit Tickets, Audited",
      requirements: [
        { key: "lesson_plan", kind: "files", label: "Lesson plan" },
        { key: "video", kind: "link", label: "Lesson video" },
      ],
    });
    await admin.credentialAdmin.update({ credentialId, definition: edited });
    const [updated] = await entriesOf("credential.updated", credentialId);
    expect(updated?.before).toMatchObject({ name: "Exit Tickets That Steer Tomorrow" });
    expect(updated?.after).toMatchObject({ name: "Exit Tickets, Audited" });
    expect(JSON.stringify(updated?.after?.requirements)).toContain("Lesson video");
    expect(Object.keys(updated?.after ?? {}).sort()).toEqual(["name", "requirements"]);
    expect(updated?.before?.requirements).not.toEqual(updated?.after?.requirements);

    // Saving the same definition again changes nothing and records nothing.
    await admin.credentialAdmin.update({ credentialId, definition: edited });
    expect(await entriesOf("credential.updated", credentialId)).toHaveLength(1);
  });

  it("a refused edit records nothing", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Refused" }),
    );
    const refused = admin.credentialAdmin.update({
      credentialId,
      definition: credentialDefinitionInput({ stageId: "00000000-0000-4000-8000-000000000000" }),
    });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
    expect(await entriesOf("credential.updated", credentialId)).toEqual([]);
  });

  it("records archiving and restoring; archiving twice records once", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Archived" }),
    );
    await admin.credentialAdmin.setArchived({ credentialId, archived: true });
    await admin.credentialAdmin.setArchived({ credentialId, archived: true });
    await admin.credentialAdmin.setArchived({ credentialId, archived: false });
    const archived = await entriesOf("credential.archived", credentialId);
    expect(archived).toHaveLength(1);
    // Each entry names the credential, though its name did not change.
    expect(archived[0]).toMatchObject({
      before: { name: "Archived", archived: false },
      after: { name: "Archived", archived: true },
    });
    const [restored] = await entriesOf("credential.restored", credentialId);
    expect(restored).toMatchObject({ before: { archived: true }, after: { archived: false } });
  });
});

describe("lead reviewers on the audit log", () => {
  it("records the lead reviewers before and after naming and removing one", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Leads" }),
    );
    const { candidates } = await admin.credentialAdmin.reviewers();
    const lead = candidates[0];
    if (!lead) throw new Error("The district has no lead candidates.");

    await admin.credentialAdmin.nameLead({ credentialId, personId: lead.personId });
    // Naming the same person again changes nothing.
    await admin.credentialAdmin.nameLead({ credentialId, personId: lead.personId });
    await admin.credentialAdmin.removeLead({ credentialId, personId: lead.personId });

    const entries = await entriesOf("credential.lead_reviewers_changed", credentialId);
    expect(entries).toHaveLength(2);
    // Newest first: the removal, then the naming.
    expect(entries[1]).toMatchObject({
      subjectKind: "credential",
      before: { name: "Leads", leadReviewers: [] },
      after: { leadReviewers: [lead.name] },
    });
    expect(entries[0]).toMatchObject({
      before: { leadReviewers: [lead.name] },
      after: { leadReviewers: [] },
    });
  });
});
