import { describe, expect, test } from "vitest";
import {
  createBlockInputSchema,
  findTimeInputSchema,
  saveBellScheduleInputSchema,
} from "./collaboration.ts";

const id = "7d3f5a52-3c1e-4f4e-9a57-0f4f1c2b9d11";

function problemPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
}

describe("collaboration inputs", () => {
  test("a finder query keeps minutes between 15 and 240 and tolerance 0 or 1", () => {
    expect(
      findTimeInputSchema.safeParse({ teamId: id, minMinutes: 45, tolerance: 1 }).success,
    ).toBe(true);
    expect(
      problemPaths(findTimeInputSchema.safeParse({ teamId: id, minMinutes: 10, tolerance: 0 })),
    ).toEqual(["minMinutes"]);
    expect(
      problemPaths(findTimeInputSchema.safeParse({ teamId: id, minMinutes: 300, tolerance: 2 })),
    ).toEqual(["minMinutes", "tolerance"]);
  });

  test("a block names the end when it is not after the start or too short", () => {
    const block = { teamId: id, weekday: 2, startMinute: 780, endMinute: 780 };
    expect(problemPaths(createBlockInputSchema.safeParse(block))).toContain("endMinute");
    expect(problemPaths(createBlockInputSchema.safeParse({ ...block, endMinute: 790 }))).toEqual([
      "endMinute",
    ]);
    expect(createBlockInputSchema.safeParse({ ...block, endMinute: 825 }).success).toBe(true);
  });

  test("a block's weekday is an ISO weekday", () => {
    const block = { teamId: id, weekday: 8, startMinute: 780, endMinute: 825 };
    expect(problemPaths(createBlockInputSchema.safeParse(block))).toEqual(["weekday"]);
  });

  test("a bell period names the row it is wrong in", () => {
    const result = saveBellScheduleInputSchema.safeParse({
      schoolId: id,
      periods: [
        { weekday: 1, name: "Period 1", startMinute: 480, endMinute: 530 },
        { weekday: 1, name: " ", startMinute: 540, endMinute: 530 },
      ],
    });
    expect(problemPaths(result).sort()).toEqual(["periods.1.endMinute", "periods.1.name"]);
  });
});
