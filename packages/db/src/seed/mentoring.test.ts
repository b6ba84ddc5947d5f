import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultInductionChecklist } from "./mentoring.ts";

/*
 * Districts that existed before mentoring got the default checklist from migration 0041; new
 * districts get it from the seed. Both must give the same items, in the same order.
 */
describe("the default induction checklist", () => {
  it("is the same in migration 0041 as in the seed", () => {
    const migration = readFileSync(
      new URL("../../migrations/0041_mentoring.sql", import.meta.url),
      "utf8",
    );
    const rows = [
      ...migration.matchAll(/^\s+\((\d+), '((?:[^']|'')*)', '((?:[^']|'')*)', (\d+)\)/gm),
    ];
    expect(
      rows.map(([, position, title, description, weeks]) => ({
        position: Number(position),
        title: title?.replaceAll("''", "'"),
        description: description?.replaceAll("''", "'"),
        dueWithinWeeks: Number(weeks),
      })),
    ).toEqual(defaultInductionChecklist.map((item, index) => ({ position: index + 1, ...item })));
  });
});
