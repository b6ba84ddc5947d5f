import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

type TestSchool = Awaited<ReturnType<TestDistrict["school"]>>;

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let elementary: TestSchool;
let maria: TestPerson;
let principal: TestPerson;
let middleTeacher: TestPerson;
let frameworkId: string;

// Maria teaches at the elementary school, in the framework's Stage 1 cohort; another teacher
// teaches at the middle school.
beforeAll(async () => {
  district = await testDistrict(api);
  const staff = await district.schoolWithStaff("Maria Delgado");
  elementary = staff.school;
  maria = staff.teacher;
  principal = staff.principal;
  const middle = await district.school("Riverside Middle School");
  middleTeacher = await district.person({ role: "teacher", school: middle });
  await district.enrol(maria, await district.cohort({ school: elementary }));
  const admin = await district.callerFor(district.admin);
  frameworkId = (await admin.programs.list()).programs[0]?.id ?? "";
});

const stageInput = {
  title: "Devices that show student thinking",
  summary: "Quick checks, shared boards and recorded explanations.",
  meetingsRequired: 0,
  requiresConfirmation: false,
  openToAll: false,
};

async function asAdmin() {
  return district.callerFor(district.admin);
}

describe("programs", () => {
  it("a district starts with one program holding its three stages, optional for everyone", async () => {
    const { programs, requirements } = await (await asAdmin()).programs.list();
    expect(programs).toMatchObject([
      { title: "Instructional framework", position: 1, archived: false, stageCount: 3 },
    ]);
    expect(requirements).toEqual([]);
  });

  it("adds a second program, refusing a blank or taken name beside the field", async () => {
    const admin = await asAdmin();
    const blank = await refusalOf(admin.programs.create({ title: "  ", summary: "" }));
    expect(blank.fieldErrors?.map((problem) => problem.path)).toEqual(["title"]);
    const taken = await refusalOf(
      admin.programs.create({ title: "instructional FRAMEWORK", summary: "" }),
    );
    expect(taken.fieldErrors).toEqual([
      { path: "title", message: "Another program already has this name" },
    ]);

    const { programId } = await admin.programs.create({
      title: "Classroom technology",
      summary: "Devices in everyday lessons.",
    });
    const { stageId } = await admin.frameworkAdmin.createStage({ ...stageInput, programId });
    const stages = await admin.frameworkAdmin.stages();
    // Positions count per program: the framework keeps 1–3 and the new stage is Stage 1.
    expect(stages.map((stage) => [stage.programId === programId, stage.position])).toEqual([
      [false, 1],
      [false, 2],
      [false, 3],
      [true, 1],
    ]);
    expect(stages.find((stage) => stage.id === stageId)?.title).toBe(stageInput.title);
  });

  it("a teacher in Stage 1 of the framework joins Stage 1 of the other program and sees both", async () => {
    const admin = await asAdmin();
    const technology = await programNamed("Classroom technology");
    const [techStage] = (await admin.frameworkAdmin.stages()).filter(
      (stage) => stage.programId === technology,
    );
    const cohort = await district.cohort({ school: elementary, stageId: techStage?.id });
    // No override needed: the earlier stages that count are the technology program's (none).
    await district.enrol(maria, cohort);
    const home = await (await district.callerFor(maria)).teacher.home();
    expect(
      home.programs.map((program) => [program.title, program.required, program.current?.stageId]),
    ).toEqual([
      ["Instructional framework", false, home.enrolments[0]?.stage.id],
      ["Classroom technology", false, techStage?.id],
    ]);
  });

  it("says who must take a program: everywhere, or in one school only", async () => {
    const admin = await asAdmin();
    const technology = await programNamed("Classroom technology");
    await admin.programs.setRequirements({
      programId: frameworkId,
      requirements: [{ role: "teacher", schoolId: null }],
    });
    await admin.programs.setRequirements({
      programId: technology,
      requirements: [{ role: "teacher", schoolId: elementary.id }],
    });
    const mariaHome = await (await district.callerFor(maria)).teacher.home();
    expect(mariaHome.programs.map((program) => program.required)).toEqual([true, true]);
    // The middle school's teacher is in no stage: the framework shows (required), technology not.
    const otherHome = await (await district.callerFor(middleTeacher)).teacher.home();
    expect(
      otherHome.programs.map((program) => [program.title, program.required, program.current]),
    ).toEqual([["Instructional framework", true, null]]);

    const { requirements } = await admin.programs.list();
    expect(requirements.filter((row) => row.programId === technology)).toEqual([
      {
        programId: technology,
        role: "teacher",
        schoolId: elementary.id,
        schoolName: elementary.name,
      },
    ]);
    const unknown = await refusalOf(
      admin.programs.setRequirements({
        programId: technology,
        requirements: [
          { role: "teacher", schoolId: elementary.id },
          { role: "coach", schoolId: crypto.randomUUID() },
        ],
      }),
    );
    expect(unknown.fieldErrors?.map((problem) => problem.path)).toEqual([
      "requirements.1.schoolId",
    ]);
    const adminRole = await refusalOf(
      admin.programs.setRequirements({
        programId: technology,
        requirements: [{ role: "district_admin" as "teacher", schoolId: null }],
      }),
    );
    expect(adminRole.fieldErrors?.map((problem) => problem.path)).toEqual(["requirements.0.role"]);
  });

  it("renames and reorders programs; a list that is not every program once is refused", async () => {
    const admin = await asAdmin();
    const technology = await programNamed("Classroom technology");
    await admin.programs.update({
      programId: technology,
      title: "Classroom technology for learning",
      summary: "Devices in everyday lessons.",
    });
    const reordered = await admin.programs.reorder({ programIds: [technology, frameworkId] });
    expect(reordered.map((program) => [program.title, program.position])).toEqual([
      ["Classroom technology for learning", 1],
      ["Instructional framework", 2],
    ]);
    const home = await (await district.callerFor(maria)).teacher.home();
    expect(home.programs.map((program) => program.title)).toEqual([
      "Classroom technology for learning",
      "Instructional framework",
    ]);
    const refusal = await refusalOf(admin.programs.reorder({ programIds: [technology] }));
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["programIds"]);
    await admin.programs.reorder({ programIds: [frameworkId, technology] });
  });

  it("archives a program: kept on the paths of those in it, no longer required, no new stages", async () => {
    const admin = await asAdmin();
    const technology = await programNamed("Classroom technology for learning");
    await admin.programs.archive({ programId: technology, archived: true });
    expect((await admin.programs.list()).programs[1]).toMatchObject({ archived: true });
    const home = await (await district.callerFor(maria)).teacher.home();
    expect(home.programs.map((program) => [program.title, program.required])).toEqual([
      ["Instructional framework", true],
      ["Classroom technology for learning", false],
    ]);
    const refusal = await refusalOf(
      admin.frameworkAdmin.createStage({ ...stageInput, programId: technology }),
    );
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["programId"]);
    await admin.programs.archive({ programId: technology, archived: false });
    expect((await admin.programs.list()).programs[1]).toMatchObject({ archived: false });
  });

  it("a principal reads the programs; every change is refused", async () => {
    const asPrincipal = await district.callerFor(principal);
    expect((await asPrincipal.programs.list()).programs).toHaveLength(2);
    expect(await codeOf(asPrincipal.programs.create({ title: "Mine", summary: "" }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(asPrincipal.programs.archive({ programId: frameworkId, archived: true })),
    ).toBe("FORBIDDEN");
    const teacher = await district.callerFor(maria);
    expect(await codeOf(teacher.programs.list())).toBe("FORBIDDEN");
  });

  it("another district's program is not found", async () => {
    const other = await testDistrict(api);
    const theirs = (await (await other.callerFor(other.admin)).programs.list()).programs[0]?.id;
    const admin = await asAdmin();
    expect(
      await codeOf(
        admin.programs.update({ programId: theirs ?? "", title: "Taken over", summary: "" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(admin.programs.setRequirements({ programId: theirs ?? "", requirements: [] })),
    ).toBe("NOT_FOUND");
  });
});

async function programNamed(title: string): Promise<string> {
  const { programs } = await (await asAdmin()).programs.list();
  return programs.find((program) => program.title === title)?.id ?? "";
}
