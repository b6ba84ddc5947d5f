import { beforeAll, describe, expect, it } from "vitest";
import { credentialDefinitionInput } from "../../testing/credential-definition-input.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let programs: Record<"technology" | "archived" | "foreign", string>;

// The district runs a second program and has archived a third; another district has its own.
beforeAll(async () => {
  district = await testDistrict(api);
  const admin = await district.callerFor(district.admin);
  const technology = await admin.programs.create({ title: "Classroom technology", summary: "" });
  const archived = await admin.programs.create({ title: "Old pilot", summary: "" });
  await admin.programs.archive({ programId: archived.programId, archived: true });
  const other = await testDistrict(api);
  const foreign = await (await other.callerFor(other.admin)).programs.create({
    title: "Their program",
    summary: "",
  });
  programs = {
    technology: technology.programId,
    archived: archived.programId,
    foreign: foreign.programId,
  };
});

const newIndicator = { code: "7.1", title: "Uses devices", description: "Devices serve the goal." };

describe("an indicator's program", () => {
  it("is the district's (null) unless one is chosen; the list names the program", async () => {
    const admin = await district.callerFor(district.admin);
    const own = await admin.frameworkAdmin.createIndicator(newIndicator);
    const theirs = await admin.frameworkAdmin.createIndicator({
      ...newIndicator,
      code: "7.2",
      programId: programs.technology,
    });
    const listed = await admin.frameworkAdmin.indicators();
    expect(listed.find((row) => row.id === own.indicatorId)).toMatchObject({
      programId: null,
      programTitle: null,
    });
    expect(listed.find((row) => row.id === theirs.indicatorId)).toMatchObject({
      programId: programs.technology,
      programTitle: "Classroom technology",
    });
    // Existing indicators keep no program: nothing was moved.
    expect(listed.filter((row) => row.programId !== null)).toHaveLength(1);

    await admin.frameworkAdmin.updateIndicator({
      ...newIndicator,
      code: "7.2",
      indicatorId: theirs.indicatorId,
      programId: null,
    });
    const after = await admin.frameworkAdmin.indicators();
    expect(after.find((row) => row.id === theirs.indicatorId)?.programId).toBeNull();
  });

  it("refuses another district's or an archived program on programId", async () => {
    const admin = await district.callerFor(district.admin);
    for (const programId of [programs.foreign, programs.archived]) {
      const refusal = await refusalOf(
        admin.frameworkAdmin.createIndicator({ ...newIndicator, code: "7.9", programId }),
      );
      expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["programId"]);
    }
  });
});

describe("a credential's program", () => {
  it("is saved, listed with its title, kept across edits and cleared to null", async () => {
    const admin = await district.callerFor(district.admin);
    const plain = await admin.credentialAdmin.create(credentialDefinitionInput({ name: "Plain" }));
    const { credentialId } = await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Tech badge", programId: programs.technology }),
    );
    const { credentials } = await admin.credentialAdmin.list();
    expect(credentials.find((row) => row.id === plain.credentialId)).toMatchObject({
      programId: null,
      programTitle: null,
    });
    expect(credentials.find((row) => row.id === credentialId)).toMatchObject({
      programId: programs.technology,
      programTitle: "Classroom technology",
    });
    expect((await admin.credentialAdmin.get({ credentialId })).definition.programId).toBe(
      programs.technology,
    );
    // Every other credential (the district's earlier ones too) stays across programs.
    const others = credentials.filter((row) => row.id !== credentialId);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((row) => row.programId === null)).toBe(true);

    await admin.credentialAdmin.update({
      credentialId,
      definition: credentialDefinitionInput({ name: "Tech badge", programId: null }),
    });
    expect((await admin.credentialAdmin.get({ credentialId })).definition.programId).toBeNull();
  });

  it("the teacher's list names each credential's program and how many programs run", async () => {
    const admin = await district.callerFor(district.admin);
    await admin.credentialAdmin.create(
      credentialDefinitionInput({ name: "Devices badge", programId: programs.technology }),
    );
    const { teacher } = await district.schoolWithStaff("Ana Ruiz");
    const list = await (await district.callerFor(teacher)).credentials.list();
    expect(list.find((row) => row.name === "Devices badge")?.program).toMatchObject({
      id: programs.technology,
      title: "Classroom technology",
    });
    expect(list.find((row) => row.name === "Plain")?.program).toBeNull();
    // The district's first program and Classroom technology; the archived one is not counted.
    expect(list.every((row) => row.programsRun === 2)).toBe(true);
  });

  it("refuses another district's or an archived program on definition.programId", async () => {
    const admin = await district.callerFor(district.admin);
    for (const programId of [programs.foreign, programs.archived]) {
      const refusal = await refusalOf(
        admin.credentialAdmin.create(credentialDefinitionInput({ programId })),
      );
      expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["programId"]);
    }
    const { credentialId } = await admin.credentialAdmin.create(credentialDefinitionInput());
    const refusal = await refusalOf(
      admin.credentialAdmin.update({
        credentialId,
        definition: credentialDefinitionInput({ programId: programs.foreign }),
      }),
    );
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["definition.programId"]);
  });
});
