import { describe, expect, test } from "vitest";
import { schoolSummaryText, type TeamWeek } from "./notification-text.ts";

const team = (name: string, values: Partial<TeamWeek>): TeamWeek => ({
  teamName: name,
  schoolName: "Maple Valley Elementary",
  scheduled: 0,
  held: 0,
  collaborationMinutes: 0,
  collaborationMinutesUsed: 0,
  ...values,
});

describe("schoolSummaryText", () => {
  test("meetings held and collaboration minutes used, per team, leaving out idle teams", () => {
    expect(
      schoolSummaryText([
        team("K–2 PLC", {
          scheduled: 2,
          held: 1,
          collaborationMinutes: 45,
          collaborationMinutesUsed: 40,
        }),
        team("Grades 3–5", { collaborationMinutes: 60 }),
        team("Specials", {}),
      ]),
    ).toEqual({
      title: "Last week: 1 of 2 support meetings held",
      body: "K–2 PLC: 1 of 2 held, 40 of 45 collaboration minutes used · Grades 3–5: 0 of 60 collaboration minutes used",
    });
  });

  test("a week with nothing scheduled says so", () => {
    expect(schoolSummaryText([team("Specials", {})])).toEqual({
      title: "Last week: no support meetings were scheduled",
      body: "No team had a support meeting or collaboration time scheduled.",
    });
  });

  test("one meeting reads in the singular", () => {
    expect(schoolSummaryText([team("K–2 PLC", { scheduled: 1, held: 1 })]).title).toBe(
      "Last week: 1 of 1 support meeting held",
    );
  });
});
