import { describe, expect, it } from "vitest";
import { slugSchema } from "./district.ts";
import {
  districtCreateInputSchema,
  districtSetupInputSchema,
  suggestSlug,
} from "./district-setup.ts";

const valid = {
  districtName: " Riverside Unified ",
  slug: "riverside-unified",
  timeZone: "America/Denver",
  schoolYearStartMonth: "7",
  adminName: "Ana Ruiz",
  adminEmail: " Ana.Ruiz@Riverside.example ",
  password: "a long enough password",
};

function fieldsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join(".")).sort();
}

describe("districtSetupInputSchema", () => {
  it("trims, lowercases the email and reads the month from form text", () => {
    const parsed = districtSetupInputSchema.parse(valid);
    expect(parsed).toMatchObject({
      districtName: "Riverside Unified",
      adminEmail: "ana.ruiz@riverside.example",
      schoolYearStartMonth: 7,
    });
  });

  it("names every wrong field", () => {
    const result = districtSetupInputSchema.safeParse({
      districtName: "",
      slug: "Riverside Unified",
      timeZone: "Mars/Olympus",
      schoolYearStartMonth: "13",
      adminName: " ",
      adminEmail: "ana",
      password: "short",
    });
    expect(fieldsOf(result)).toEqual([
      "adminEmail",
      "adminName",
      "districtName",
      "password",
      "schoolYearStartMonth",
      "slug",
      "timeZone",
    ]);
  });
});

describe("districtCreateInputSchema", () => {
  it("starts the school year in August unless told, and the admin's name is optional", () => {
    const parsed = districtCreateInputSchema.parse({
      districtName: "Lakeside",
      slug: "lakeside",
      timeZone: "America/Chicago",
      adminEmail: "it@lakeside.example",
    });
    expect(parsed.schoolYearStartMonth).toBe(8);
    expect(parsed.adminName).toBeUndefined();
  });
});

describe("suggestSlug", () => {
  it.each([
    ["Riverside Unified (CA)", "riverside-unified-ca"],
    ["  École  Saint-Éloi ", "ecole-saint-eloi"],
    ["Maple Valley Unified", "maple-valley-unified"],
    ["---", ""],
  ])("%s → %s", (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it("always suggests a valid slug for a name with letters", () => {
    const name = `${"Long District Name ".repeat(10)}`;
    expect(slugSchema.safeParse(suggestSlug(name)).success).toBe(true);
  });
});
