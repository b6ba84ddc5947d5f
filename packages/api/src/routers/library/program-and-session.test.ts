import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { sessionSaveInput } from "../../testing/session-save-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * Programs and single MicroPD sessions in the shared library: Northfield publishes its program
 * and one session, Southport imports copies (a new program; a session into a stage it chooses),
 * adapts one part, and applies Northfield's next version without losing what it adapted.
 */

const api = testApiPerFile({ seed: false });
let north: TestDistrict;
let south: TestDistrict;
let northProgramId: string;

type Caller = Awaited<ReturnType<typeof api.callerFor>>;
const admin = (district: TestDistrict): Promise<Caller> => api.callerFor(district.admin.email);

async function firstProgramId(district: TestDistrict): Promise<string> {
  const [program] = await withTenant(api.db, district.districtId, (tx) =>
    rawRows<{ id: string }>(tx, sql`select id::text as id from program order by position limit 1`),
  );
  return program?.id ?? "";
}

async function stagesOf(district: TestDistrict, programId: string) {
  return withTenant(api.db, district.districtId, (tx) =>
    rawRows<{ id: string; title: string }>(
      tx,
      sql`select id::text as id, title from stage where program_id = ${programId} order by position`,
    ),
  );
}

beforeAll(async () => {
  north = await testDistrict(api, { name: "Northfield Schools" });
  south = await testDistrict(api, { name: "Southport District" });
  northProgramId = await firstProgramId(north);
});

const terms = { license: "CC BY-SA 4.0", attribution: "Northfield Schools PD team" } as const;

describe("sharing a program", () => {
  let itemId: string;
  let copyProgramId: string;

  it("publishes a program with its stages; others see its kind and sessions", async () => {
    const published = await (await admin(north)).sharedLibrary.publishProgram({
      programId: northProgramId,
      ...terms,
    });
    itemId = published.itemId;
    const item = (await (await admin(south)).sharedLibrary.items()).find(
      (row) => row.id === itemId,
    );
    expect(item).toMatchObject({ kind: "program", license: "CC BY-SA 4.0", own: false });
    expect(item?.sessionCount).toBeGreaterThan(1);
    const preview = await (await admin(south)).sharedLibrary.item({ itemId });
    expect(preview.kind).toBe("program");
    expect(preview.stages.length).toBeGreaterThan(0);
    expect(preview.travels).toMatch(/not as files/);
  });

  it("imports a new program with every stage, recording source, version and license", async () => {
    const south0 = await admin(south);
    const imported = await south0.sharedLibrary.importItem({ itemId });
    expect(imported.kind).toBe("program");
    copyProgramId = imported.programId ?? "";
    const sourceStages = await stagesOf(north, northProgramId);
    const copyStages = await stagesOf(south, copyProgramId);
    expect(copyStages.map((stage) => stage.title)).toEqual(sourceStages.map((s) => s.title));
    const [record] = await withTenant(api.db, south.districtId, (tx) =>
      rawRows<{ kind: string; version: number; license: string; source: string }>(
        tx,
        sql`select kind, version, license, source_district_name as source from library_import
            where id = ${imported.importId}`,
      ),
    );
    expect(record).toEqual({
      kind: "program",
      version: 1,
      license: "CC BY-SA 4.0",
      source: "Northfield Schools",
    });
    // Southport already has a program of that name: the copy names its source.
    const [copy] = await withTenant(api.db, south.districtId, (tx) =>
      rawRows<{ title: string }>(tx, sql`select title from program where id = ${copyProgramId}`),
    );
    expect(copy?.title).toMatch(/\(Northfield Schools\)$/);
  });

  it("applies a newer version to what Southport has not adapted", async () => {
    const south0 = await admin(south);
    const [copyStage] = await stagesOf(south, copyProgramId);
    const copy = await south0.frameworkAdmin.stage({ stageId: copyStage?.id ?? "" });
    const [adapted, untouched] = copy.sessions;
    if (!adapted || !untouched) throw new Error("The copy needs two sessions.");
    const editing = await south0.frameworkAdmin.session({ sessionId: adapted.id });
    await south0.frameworkAdmin.saveSession({
      ...sessionSaveInput(editing),
      summary: "Southport's own words.",
    });

    const north0 = await admin(north);
    const [sourceStage] = await stagesOf(north, northProgramId);
    const source = await north0.frameworkAdmin.stage({ stageId: sourceStage?.id ?? "" });
    for (const session of source.sessions.slice(0, 2)) {
      const reading = await north0.frameworkAdmin.session({ sessionId: session.id });
      await north0.frameworkAdmin.saveSession({
        ...sessionSaveInput(reading),
        summary: `Revised: ${reading.summary}`,
      });
    }
    await north0.sharedLibrary.publishProgram({ programId: northProgramId, ...terms });

    const update = (await south0.sharedLibrary.updates()).find((row) => row.itemId === itemId);
    expect(update).toMatchObject({ kind: "program", importedVersion: 1, latestVersion: 2 });
    expect(update?.changes.changed).toEqual([adapted.title, untouched.title]);
    const applied = await south0.sharedLibrary.applyUpdate({ importId: update?.importId ?? "" });
    expect(applied).toMatchObject({ updated: [untouched.title], keptAdapted: [adapted.title] });
    expect((await south0.frameworkAdmin.session({ sessionId: adapted.id })).summary).toBe(
      "Southport's own words.",
    );
    expect((await south0.frameworkAdmin.session({ sessionId: untouched.id })).summary).toMatch(
      /^Revised: /,
    );
  });

  it("travels as a package file and refuses packages that are not one", async () => {
    const pkg = await (await admin(north)).sharedLibrary.exportProgram({
      programId: northProgramId,
    });
    expect(pkg).toMatchObject({ format: "throughline-library/2", kind: "program" });
    const south0 = await admin(south);
    const imported = await south0.sharedLibrary.importPackage({ package: pkg });
    const stages = await stagesOf(south, imported.programId ?? "");
    expect(stages).toHaveLength(pkg.program.stages.length);
    const oldFormat = south0.sharedLibrary.importPackage({
      package: { ...pkg, format: "throughline-library/1" } as unknown as typeof pkg,
    });
    await expect(oldFormat).rejects.toThrow(/not a Throughline library package/);
    const unknownKind = south0.sharedLibrary.importPackage({
      package: { ...pkg, kind: "poster" } as unknown as typeof pkg,
    });
    await expect(unknownKind).rejects.toThrow(/no stage, program, session or micro-credential/);
  });

  it("only Northfield changes or withdraws its program", async () => {
    const south0 = await admin(south);
    expect(await codeOf(south0.sharedLibrary.withdraw({ itemId }))).toBe("NOT_FOUND");
    expect(
      await codeOf(south0.sharedLibrary.publishProgram({ programId: northProgramId, ...terms })),
    ).toBe("NOT_FOUND");
    await (await admin(north)).sharedLibrary.withdraw({ itemId });
    expect((await south0.sharedLibrary.items()).some((row) => row.id === itemId)).toBe(false);
    expect(await codeOf(south0.sharedLibrary.importItem({ itemId }))).toBe("NOT_FOUND");
  });
});

describe("sharing a single session", () => {
  let itemId: string;
  let northSessionId: string;
  let southStageId: string;

  it("publishes one session and imports it into a stage the importer chooses", async () => {
    const north0 = await admin(north);
    const [northStageId = ""] = await north.stageIds();
    northSessionId = (await north0.frameworkAdmin.stage({ stageId: northStageId })).sessions[0]
      ?.id as string;
    itemId = (await north0.sharedLibrary.publishSession({ sessionId: northSessionId, ...terms }))
      .itemId;
    const south0 = await admin(south);
    [southStageId = ""] = await south.stageIds();
    const noStage = await codeOf(south0.sharedLibrary.importItem({ itemId }));
    expect(noStage).toBe("NOT_FOUND");
    await expect(south0.sharedLibrary.importItem({ itemId })).rejects.toThrow(
      /Choose one of the district's stages/,
    );
    const before = await south0.frameworkAdmin.stage({ stageId: southStageId });
    const imported = await south0.sharedLibrary.importItem({ itemId, stageId: southStageId });
    const after = await south0.frameworkAdmin.stage({ stageId: southStageId });
    expect(after.sessions).toHaveLength(before.sessions.length + 1);
    expect(after.sessions.at(-1)?.id).toBe(imported.sessionId);
    const copy = await south0.frameworkAdmin.session({ sessionId: imported.sessionId ?? "" });
    const source = await north0.frameworkAdmin.session({ sessionId: northSessionId });
    expect(copy.blocks).toHaveLength(source.blocks.length);
    expect(copy.indicatorIds).toHaveLength(source.indicatorIds.length);
  });

  it("offers the next version and applies it to the untouched copy", async () => {
    const north0 = await admin(north);
    const reading = await north0.frameworkAdmin.session({ sessionId: northSessionId });
    await north0.frameworkAdmin.saveSession({ ...sessionSaveInput(reading), title: "Renamed" });
    await north0.sharedLibrary.publishSession({ sessionId: northSessionId, ...terms });
    const south0 = await admin(south);
    const update = (await south0.sharedLibrary.updates()).find((row) => row.itemId === itemId);
    expect(update).toMatchObject({ kind: "session", latestVersion: 2 });
    const applied = await south0.sharedLibrary.applyUpdate({ importId: update?.importId ?? "" });
    expect(applied.updated).toEqual(["Renamed"]);
  });

  it("round-trips as a file", async () => {
    const pkg = await (await admin(north)).sharedLibrary.exportSession({
      sessionId: northSessionId,
    });
    expect(pkg.kind).toBe("session");
    const imported = await (await admin(south)).sharedLibrary.importPackage({
      package: pkg,
      stageId: southStageId,
    });
    expect(imported.sessionId).not.toBeNull();
  });
});
