import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

describe("renaming the district", () => {
  it("a district admin renames the demo district, and only their own", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    expect(await admin.reminderSettings.districtName()).toEqual({ name: "Maple Valley Unified" });
    expect(await admin.reminderSettings.rename({ name: "  Lakeshore Public Schools " })).toEqual({
      name: "Lakeshore Public Schools",
    });
    expect(await admin.reminderSettings.districtName()).toEqual({
      name: "Lakeshore Public Schools",
    });
    const names = await api.db.query.district.findMany({ columns: { name: true } });
    expect(names.map((row) => row.name).sort()).toEqual([
      "Cedar Ridge Schools",
      "Lakeshore Public Schools",
    ]);
  });

  it("names the field when the name is too short", async () => {
    const refusal = await refusalOf(
      (await api.callerFor(demoEmail.admin)).reminderSettings.rename({ name: " x " }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((problem) => problem.path)).toEqual(["name"]);
  });

  it("is for district admins only", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    expect(await codeOf(principal.reminderSettings.rename({ name: "Elsewhere" }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(
        (await api.callerFor(demoEmail.cedarRidgeCoach)).reminderSettings.districtName(),
      ),
    ).toBe("FORBIDDEN");
  });
});
