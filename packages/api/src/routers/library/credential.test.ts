import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { credentialDefinitionInput } from "../../testing/credential-definition-input.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * Micro-credentials in the shared library: Northfield publishes one, Southport imports an
 * archived copy to review, and newer versions apply only while Southport has not adapted it.
 */

const api = testApiPerFile({ seed: false });
let north: TestDistrict;
let south: TestDistrict;
let northCredentialId: string;

type Caller = Awaited<ReturnType<typeof api.callerFor>>;
const admin = (district: TestDistrict): Promise<Caller> => api.callerFor(district.admin.email);
const terms = { license: "CC BY 4.0", attribution: "Northfield Schools" } as const;

beforeAll(async () => {
  north = await testDistrict(api, { name: "Northfield Schools" });
  south = await testDistrict(api, { name: "Southport District" });
  const indicatorIds = await north.indicatorIds(2);
  northCredentialId = (
    await (await admin(north)).credentialAdmin.create(credentialDefinitionInput({ indicatorIds }))
  ).credentialId;
});

async function republish(name: string) {
  const north0 = await admin(north);
  const current = await north0.credentialAdmin.get({ credentialId: northCredentialId });
  await north0.credentialAdmin.update({
    credentialId: northCredentialId,
    definition: { ...current.definition, name },
  });
  return north0.sharedLibrary.publishCredential({ credentialId: northCredentialId, ...terms });
}

describe("sharing a micro-credential", () => {
  let itemId: string;
  let copyId: string;

  it("publishes the definition, rubric, indicators by code and badge details, nothing else", async () => {
    const published = await (await admin(north)).sharedLibrary.publishCredential({
      credentialId: northCredentialId,
      ...terms,
    });
    itemId = published.itemId;
    const pkg = await (await admin(north)).sharedLibrary.exportCredential({
      credentialId: northCredentialId,
    });
    expect(Object.keys(pkg.credential).sort()).toEqual(
      [
        "competency",
        "criteriaNarrative",
        "indicatorCodes",
        "key",
        "keyMethod",
        "name",
        "passingRule",
        "pdHours",
        "requirements",
        "rubric",
        "validityMonths",
      ].sort(),
    );
    expect(pkg.credential.indicatorCodes).toHaveLength(2);
    const preview = await (await admin(south)).sharedLibrary.item({ itemId });
    expect(preview).toMatchObject({
      kind: "credential",
      title: "Exit Tickets That Steer Tomorrow",
    });
    expect(preview.credential?.rubricCriteria).toEqual(["Alignment"]);
  });

  it("imports an archived copy for Southport to review, with source, version and license", async () => {
    const south0 = await admin(south);
    const imported = await south0.sharedLibrary.importItem({ itemId });
    copyId = imported.credentialId ?? "";
    expect(imported.unmatchedCodes).toEqual([]);
    const copy = await south0.credentialAdmin.get({ credentialId: copyId });
    expect(copy.archived).toBe(true);
    expect(copy.definition.name).toBe("Exit Tickets That Steer Tomorrow");
    expect(copy.definition.indicatorIds).toHaveLength(2);
    expect(copy.definition.stageId).toBeNull();
    const [record] = await withTenant(api.db, south.districtId, (tx) =>
      rawRows<{ kind: string; version: number; license: string }>(
        tx,
        sql`select kind, version, license from library_import where id = ${imported.importId}`,
      ),
    );
    expect(record).toEqual({ kind: "credential", version: 1, license: "CC BY 4.0" });
    expect(await codeOf((await admin(north)).credentialAdmin.get({ credentialId: copyId }))).toBe(
      "NOT_FOUND",
    );
  });

  it("updates the copy Southport has not changed, and keeps it once Southport adapts it", async () => {
    const south0 = await admin(south);
    await republish("Exit Tickets, Revised");
    const [first] = await south0.sharedLibrary.updates();
    expect(first).toMatchObject({ kind: "credential", latestVersion: 2 });
    expect(first?.changes.changed).toEqual(["Exit Tickets, Revised"]);
    const applied = await south0.sharedLibrary.applyUpdate({ importId: first?.importId ?? "" });
    expect(applied.updated).toEqual(["Exit Tickets, Revised"]);
    const updated = await south0.credentialAdmin.get({ credentialId: copyId });
    expect(updated.definition.name).toBe("Exit Tickets, Revised");

    await south0.credentialAdmin.update({
      credentialId: copyId,
      definition: { ...updated.definition, competency: "Southport's own competency." },
    });
    await republish("Exit Tickets, Third Take");
    const [second] = await south0.sharedLibrary.updates();
    const kept = await south0.sharedLibrary.applyUpdate({ importId: second?.importId ?? "" });
    expect(kept).toMatchObject({ updated: [], keptAdapted: ["Exit Tickets, Third Take"] });
    const adapted = await south0.credentialAdmin.get({ credentialId: copyId });
    expect(adapted.definition).toMatchObject({
      name: "Exit Tickets, Revised",
      competency: "Southport's own competency.",
    });
  });

  it("round-trips as a package file; a broken file says what is wrong", async () => {
    const pkg = await (await admin(north)).sharedLibrary.exportCredential({
      credentialId: northCredentialId,
    });
    const south0 = await admin(south);
    const imported = await south0.sharedLibrary.importPackage({ package: pkg });
    const copy = await south0.credentialAdmin.get({ credentialId: imported.credentialId ?? "" });
    expect(copy.definition.rubric).toEqual(pkg.credential.rubric);
    const broken = south0.sharedLibrary.importPackage({
      package: { ...pkg, credential: { ...pkg.credential, name: "" } },
    });
    await expect(broken).rejects.toThrow(/Name the micro-credential/);
  });

  it("only Northfield publishes and withdraws its credential", async () => {
    const south0 = await admin(south);
    expect(
      await codeOf(
        south0.sharedLibrary.publishCredential({ credentialId: northCredentialId, ...terms }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(south0.sharedLibrary.withdraw({ itemId }))).toBe("NOT_FOUND");
    await (await admin(north)).sharedLibrary.withdraw({ itemId });
    expect(await codeOf(south0.sharedLibrary.importItem({ itemId }))).toBe("NOT_FOUND");
  });
});
