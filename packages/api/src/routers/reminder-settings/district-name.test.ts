import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;

beforeAll(async () => {
  district = await testDistrict(api, { name: "Riverside Unified" });
  // Another district, whose name must not change.
  await testDistrict(api, { name: "Cedar Ridge Schools" });
});

async function districtNames(): Promise<string[]> {
  const rows = await api.db.query.district.findMany({ columns: { name: true } });
  return rows.map((row) => row.name).sort();
}

describe("renaming the district", () => {
  it("a district admin renames their district, and only their own", async () => {
    const othersBefore = (await districtNames()).filter((name) => name !== "Riverside Unified");
    const admin = await district.callerFor(district.admin);
    expect(await admin.reminderSettings.districtName()).toEqual({ name: "Riverside Unified" });
    expect(await admin.reminderSettings.rename({ name: "  Lakeshore Public Schools " })).toEqual({
      name: "Lakeshore Public Schools",
    });
    expect(await admin.reminderSettings.districtName()).toEqual({
      name: "Lakeshore Public Schools",
    });
    expect(othersBefore).toContain("Cedar Ridge Schools");
    expect(await districtNames()).toEqual([...othersBefore, "Lakeshore Public Schools"].sort());
  });

  it("names the field when the name is too short", async () => {
    const refusal = await refusalOf(
      (await district.callerFor(district.admin)).reminderSettings.rename({ name: " x " }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["name"]);
  });

  it("is for district admins only", async () => {
    const school = await district.school();
    const principal = await district.callerFor(
      await district.person({ role: "principal", school }),
    );
    expect(await codeOf(principal.reminderSettings.rename({ name: "Elsewhere" }))).toBe(
      "FORBIDDEN",
    );
    const coach = await district.callerFor(await district.person({ role: "coach" }));
    expect(await codeOf(coach.reminderSettings.districtName())).toBe("FORBIDDEN");
  });
});
