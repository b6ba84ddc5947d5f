import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { sessionSaveInput } from "../../testing/session-save-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * The shared library between two districts of one installation: Northfield publishes a stage,
 * Southport imports a copy it adapts, Northfield publishes a new version, and Southport reviews
 * and applies it (its adapted session stays as it made it).
 */

const api = testApiPerFile({ seed: false });
let north: TestDistrict;
let south: TestDistrict;
let northStageId: string;
let southProgramId: string;

type Caller = Awaited<ReturnType<typeof api.callerFor>>;
const admin = (district: TestDistrict): Promise<Caller> => api.callerFor(district.admin.email);

beforeAll(async () => {
  north = await testDistrict(api, { name: "Northfield Schools" });
  south = await testDistrict(api, { name: "Southport District" });
  [northStageId = ""] = await north.stageIds();
  const [program] = await withTenant(api.db, south.districtId, (tx) =>
    rawRows<{ id: string }>(tx, sql`select id::text as id from program order by position limit 1`),
  );
  southProgramId = program?.id ?? "";
});

async function publishNorthStage(notes?: string) {
  return (await admin(north)).sharedLibrary.publishStage({
    stageId: northStageId,
    license: "CC BY 4.0",
    attribution: "Northfield Schools PD team",
    notes,
  });
}

describe("publishing and importing a stage", () => {
  let importedStageId: string;
  let itemId: string;

  it("publishes a stage under a license; every district of the installation sees it", async () => {
    const published = await publishNorthStage();
    expect(published.version).toBe(1);
    itemId = published.itemId;
    const seenBySouth = await (await admin(south)).sharedLibrary.items();
    const item = seenBySouth.find((row) => row.id === itemId);
    expect(item).toMatchObject({
      publisherName: "Northfield Schools",
      license: "CC BY 4.0",
      own: false,
      latestVersion: 1,
      importedVersion: null,
    });
    expect(item?.sessionCount).toBeGreaterThan(0);
    const own = (await (await admin(north)).sharedLibrary.items()).find((row) => row.id === itemId);
    expect(own?.own).toBe(true);
  });

  it("imports a copy into one of the district's programs, with every session, block and indicator", async () => {
    const south0 = await admin(south);
    const preview = await south0.sharedLibrary.item({ itemId });
    const imported = await south0.sharedLibrary.importItem({ itemId, programId: southProgramId });
    importedStageId = imported.stageId ?? "";
    expect(imported).toMatchObject({ kind: "stage", programId: null, credentialId: null });
    expect(imported.unmatchedCodes).toEqual([]);
    const copy = await south0.frameworkAdmin.stage({ stageId: importedStageId });
    expect(copy.sessions.map((s) => s.title)).toEqual(preview.sessions.map((s) => s.title));
    const firstSession = copy.sessions[0];
    if (!firstSession) throw new Error("The copy has no sessions.");
    const session = await south0.frameworkAdmin.session({ sessionId: firstSession.id });
    expect(session.blocks).toHaveLength(preview.sessions[0]?.blockCount ?? -1);
    expect(session.indicatorIds).toHaveLength(preview.sessions[0]?.indicatorCodes.length ?? -1);
    const item = (await south0.sharedLibrary.items()).find((row) => row.id === itemId);
    expect(item?.importedVersion).toBe(1);
    // The copy is Southport's: Northfield cannot open it.
    expect(
      await codeOf((await admin(north)).frameworkAdmin.stage({ stageId: importedStageId })),
    ).toBe("NOT_FOUND");
  });

  it("offers a newer version as a reviewable update; applying it keeps the session the district adapted", async () => {
    const south0 = await admin(south);
    const copy = await south0.frameworkAdmin.stage({ stageId: importedStageId });
    const [adapted, untouched, deleted] = copy.sessions;
    if (!adapted || !untouched || !deleted) throw new Error("The copy needs three sessions.");
    // Southport deletes one imported session: an update must not bring it back.
    await south0.frameworkAdmin.deleteSession({ sessionId: deleted.id });
    const adaptedSession = await south0.frameworkAdmin.session({ sessionId: adapted.id });
    await south0.frameworkAdmin.saveSession({
      ...sessionSaveInput(adaptedSession),
      summary: "Southport's own summary for this session.",
    });

    // Northfield changes all three sessions and publishes version 2.
    const north0 = await admin(north);
    const source = await north0.frameworkAdmin.stage({ stageId: northStageId });
    for (const sourceSession of source.sessions.slice(0, 3)) {
      const editing = await north0.frameworkAdmin.session({ sessionId: sourceSession.id });
      await north0.frameworkAdmin.saveSession({
        ...sessionSaveInput(editing),
        summary: `Revised: ${editing.summary}`,
      });
    }
    expect((await publishNorthStage("Clearer summaries")).version).toBe(2);

    const [update] = await south0.sharedLibrary.updates();
    expect(update).toMatchObject({
      stageId: importedStageId,
      importedVersion: 1,
      latestVersion: 2,
      notes: "Clearer summaries",
    });
    expect(update?.kind).toBe("stage");
    expect(update?.changes.changed).toEqual([adapted.title, untouched.title, deleted.title]);

    const applied = await south0.sharedLibrary.applyUpdate({ importId: update?.importId ?? "" });
    expect(applied).toMatchObject({
      version: 2,
      updated: [untouched.title],
      keptAdapted: [adapted.title, deleted.title],
      added: [],
    });
    const after = await south0.frameworkAdmin.stage({ stageId: importedStageId });
    expect(after.sessions.map((row) => row.title)).not.toContain(deleted.title);
    const kept = await south0.frameworkAdmin.session({ sessionId: adapted.id });
    expect(kept.summary).toBe("Southport's own summary for this session.");
    const refreshed = await south0.frameworkAdmin.session({ sessionId: untouched.id });
    expect(refreshed.summary).toMatch(/^Revised: /);
    expect(await south0.sharedLibrary.updates()).toEqual([]);
    expect(
      await codeOf(south0.sharedLibrary.applyUpdate({ importId: update?.importId ?? "" })),
    ).toBe("CONFLICT");
  });

  it("moves a stage between installations as a package file", async () => {
    const pkg = await (await admin(north)).sharedLibrary.exportStage({ stageId: northStageId });
    expect(pkg.format).toBe("throughline-library/2");
    expect(pkg.travels).toMatch(/links/);
    const south0 = await admin(south);
    const imported = await south0.sharedLibrary.importPackage({
      programId: southProgramId,
      package: pkg,
    });
    const copy = await south0.frameworkAdmin.stage({ stageId: imported.stageId ?? "" });
    expect(copy.sessions).toHaveLength(pkg.stage.sessions.length);
    // A package written before programs, sessions and credentials were shared still imports.
    const legacy = await south0.sharedLibrary.importPackage({
      programId: southProgramId,
      package: { ...pkg, format: "throughline-library/1" },
    });
    expect(legacy.stageId).not.toBeNull();
    const refused = await codeOf(
      south0.sharedLibrary.importPackage({
        programId: southProgramId,
        package: { ...pkg, format: "something-else" } as unknown as typeof pkg,
      }),
    );
    expect(refused).toBe("BAD_REQUEST");
  });

  it("only the publisher withdraws an item; a withdrawn item is no longer offered", async () => {
    expect(await codeOf((await admin(south)).sharedLibrary.withdraw({ itemId }))).toBe("NOT_FOUND");
    await (await admin(north)).sharedLibrary.withdraw({ itemId });
    expect(
      (await (await admin(south)).sharedLibrary.items()).some((row) => row.id === itemId),
    ).toBe(false);
    expect(
      await codeOf(
        (await admin(south)).sharedLibrary.importItem({ itemId, programId: southProgramId }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("is for district admins", async () => {
    const school = await south.school("Southport Elementary");
    const principal = await south.person({ role: "principal", school });
    expect(await codeOf((await api.callerFor(principal.email)).sharedLibrary.items())).toBe(
      "FORBIDDEN",
    );
  });
});
