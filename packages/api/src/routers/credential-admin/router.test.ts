import { credentialSubmission, credentialVersion } from "@throughline/db/schema";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { credentialDefinitionInput } from "../../testing/credential-definition-input.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "principal", TestPerson>;

// A school with a teacher, who submits, and its principal.
beforeAll(async () => {
  district = await testDistrict(api);
  people = await district.schoolWithStaff();
});

describe("micro-credential definitions", () => {
  it("creates version 1 and lists it with its PD hours in minutes", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(credentialDefinitionInput());
    const detail = await admin.credentialAdmin.get({ credentialId });
    expect(detail).toMatchObject({ version: 1, earlierVersions: 0, archived: false });
    expect(detail.definition.pdHours).toBe(2.5);
    const { credentials } = await admin.credentialAdmin.list();
    expect(credentials.find((row) => row.id === credentialId)).toMatchObject({
      name: "Exit Tickets That Steer Tomorrow",
      version: 1,
      pdMinutes: 150,
      submissions: 0,
      badgesEarned: 0,
    });
  });

  it("edits in place while nobody started; after a submission, saves version 2", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Draft one" }),
    );
    const inPlace = await admin.credentialAdmin.update({
      credentialId,
      definition: credentialDefinitionInput({ name: "Draft two" }),
    });
    expect(inPlace).toEqual({ version: 1, newVersion: false });

    const [first] = await api.db
      .select()
      .from(credentialVersion)
      .where(eq(credentialVersion.credentialId, credentialId));
    if (!first) throw new Error("no version");
    const [submission] = await api.db
      .insert(credentialSubmission)
      .values({
        districtId: first.districtId,
        credentialId,
        versionId: first.id,
        personId: people.teacher.id,
        attempt: 1,
      })
      .returning();
    if (!submission) throw new Error("no submission");

    const next = await admin.credentialAdmin.update({
      credentialId,
      definition: credentialDefinitionInput({ name: "Draft three", pdHours: 3 }),
    });
    expect(next).toEqual({ version: 2, newVersion: true });
    const detail = await admin.credentialAdmin.get({ credentialId });
    expect(detail).toMatchObject({ version: 2, earlierVersions: 1, submissionsOnVersion: 0 });
    expect(detail.definition.name).toBe("Draft three");

    const [kept] = await api.db
      .select({ versionId: credentialSubmission.versionId, name: credentialVersion.name })
      .from(credentialSubmission)
      .innerJoin(
        credentialVersion,
        and(
          eq(credentialVersion.districtId, credentialSubmission.districtId),
          eq(credentialVersion.id, credentialSubmission.versionId),
        ),
      )
      .where(eq(credentialSubmission.id, submission.id));
    expect(kept).toEqual({ versionId: first.id, name: "Draft two" });
  });

  it("shows one submissions figure on the list and the credential's page", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Counted" }),
    );
    const [version] = await api.db
      .select()
      .from(credentialVersion)
      .where(eq(credentialVersion.credentialId, credentialId));
    if (!version) throw new Error("no version");
    const personId = people.teacher.id;
    // Three sent for review, one still a draft.
    await api.db.insert(credentialSubmission).values(
      (["earned", "not_yet", "submitted", "draft"] as const).map((status, index) => ({
        districtId: version.districtId,
        credentialId,
        versionId: version.id,
        personId,
        attempt: index + 1,
        status,
      })),
    );
    const listed = (await admin.credentialAdmin.list()).credentials.find(
      (row) => row.id === credentialId,
    );
    const detail = await admin.credentialAdmin.get({ credentialId });
    expect(listed?.submissions).toBe(3);
    expect(detail.submissions).toBe(listed?.submissions);
    // The draft has started on this version, so saving would make a new one.
    expect(detail.submissionsOnVersion).toBe(4);
  });

  it("names a bad passing rule, a missing descriptor and duplicate requirements", async () => {
    const admin = await district.callerFor(district.admin);
    const base = credentialDefinitionInput();
    const refusal = await refusalOf(
      admin.credentialAdmin.create({
        ...base,
        requirements: [
          { key: "plan", kind: "files", label: "Plan" },
          { key: "plan", kind: "link", label: "Plan" },
        ],
        rubric: {
          levels: base.rubric.levels,
          criteria: [
            { key: "alignment", name: "Alignment", descriptors: { developing: "Loosely tied." } },
          ],
        },
        passingRule: { minimumLevel: "exemplary", allowedOneBelow: 0 },
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((problem) => problem.path).sort()).toEqual([
      "passingRule.minimumLevel",
      "requirements.1.label",
      "rubric.criteria.0.descriptors.proficient",
    ]);
  });

  it("archives and unarchives; an unknown credential is not found", async () => {
    const admin = await district.callerFor(district.admin);
    const { credentialId } = await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Archive me" }),
    );
    await admin.credentialAdmin.setArchived({ credentialId, archived: true });
    expect((await admin.credentialAdmin.get({ credentialId })).archived).toBe(true);
    await admin.credentialAdmin.setArchived({ credentialId, archived: false });
    expect((await admin.credentialAdmin.get({ credentialId })).archived).toBe(false);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await codeOf(admin.credentialAdmin.get({ credentialId: unknown }))).toBe("NOT_FOUND");
  });

  it("lets a principal read but not write, and refuses teachers", async () => {
    const principal = await district.callerFor(people.principal);
    const { credentials, canEdit } = await principal.credentialAdmin.list();
    expect(canEdit).toBe(false);
    expect(credentials.length).toBeGreaterThanOrEqual(3);
    expect(await codeOf(principal.credentialAdmin.create(credentialDefinitionInput()))).toBe(
      "FORBIDDEN",
    );
    const credentialId = credentials[0]?.id ?? "";
    expect(
      await codeOf(principal.credentialAdmin.setArchived({ credentialId, archived: true })),
    ).toBe("FORBIDDEN");
    const teacher = await district.callerFor(people.teacher);
    expect(await codeOf(teacher.credentialAdmin.list())).toBe("FORBIDDEN");
  });
});
