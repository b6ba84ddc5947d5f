import { describe, expect, it } from "vitest";
import {
  externalPdActions,
  externalPdMinutes,
  submitExternalPdInputSchema,
} from "./external-pd.ts";
import { withExternalPd } from "./external-pd-transcript.ts";
import { pdHoursTotalsFor } from "./transcript.ts";

const request = {
  title: "AVID Summer Institute",
  provider: "AVID",
  kind: "workshop",
  startOn: "2026-07-14",
  endOn: "2026-07-16",
  hours: 18,
  description: "",
};

function problems(input: Record<string, unknown>) {
  const parsed = submitExternalPdInputSchema.safeParse({ ...request, ...input });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("a request for PD credit", () => {
  it.each([
    [{}, []],
    [{ hours: 6.5 }, []],
    [{ hours: 0 }, [["hours", "Hours must be more than 0"]]],
    [{ hours: 6.25 }, [["hours", "Give hours to one decimal place, like 6.5"]]],
    [{ hours: 201 }, [["hours", "One request can claim at most 200 hours"]]],
    [{ hours: 37 }, [["hours", "37 hours don't fit in these dates (at most 12 a day)"]]],
    [{ endOn: "2026-07-13" }, [["endOn", "The end date can't be before the start date"]]],
    [{ kind: "retreat" }, [["kind", "Choose what kind of learning it was"]]],
    [{ provider: "  " }, [["provider", "Enter who provided it"]]],
  ])("%j is refused with %j", (input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it("blanks a description to null and keeps tenths of an hour exact in minutes", () => {
    expect(submitExternalPdInputSchema.parse(request).description).toBeNull();
    expect(externalPdMinutes(6.5)).toBe(390);
    expect(externalPdMinutes(0.1)).toBe(6);
  });

  it.each([
    ["submitted", true, true],
    ["returned", true, false],
    ["approved", false, false],
    ["withdrawn", false, false],
  ] as const)(
    "%s: the teacher may change it: %s; a reviewer may decide it: %s",
    (status, edit, decide) => {
      expect(externalPdActions.canEdit(status)).toBe(edit);
      expect(externalPdActions.canWithdraw(status)).toBe(edit);
      expect(externalPdActions.canDecide(status)).toBe(decide);
    },
  );
});

describe("the transcript with external PD", () => {
  const workshop = {
    date: new Date("2026-09-14T15:00:00Z"),
    day: "2026-09-14",
    kind: "workshop" as const,
    title: "Stage 1 workshop",
    minutes: 180,
    hours: 3,
    schoolYear: "2026-27",
  };
  const transcript = {
    person: { displayName: "Maria Delgado" },
    timeZone: "America/Chicago",
    schoolYear: "2026-27",
    schoolYears: ["2026-27"],
    activities: [workshop],
    totals: pdHoursTotalsFor([workshop], "2026-27"),
  };
  const approved = (endOn: string, hours: number) => ({
    requestId: endOn,
    title: `Course ending ${endOn}`,
    provider: "State University",
    kind: "university_course" as const,
    startOn: endOn,
    endOn,
    hours,
  });

  it("adds the year's approved requests as external lines, in date order, and to the totals", () => {
    const full = withExternalPd(
      transcript,
      [approved("2026-09-01", 0.1), approved("2026-10-01", 0.2), approved("2026-06-30", 5)],
      "Maple Valley Unified",
    );
    expect(full.activities.map((line) => [line.day, line.kind])).toEqual([
      ["2026-09-01", "external"],
      ["2026-09-14", "workshop"],
      ["2026-10-01", "external"],
    ]);
    expect(full.totals.external).toEqual({ minutes: 18, hours: 0.3 });
    expect(full.totals.framework).toEqual({ minutes: 180, hours: 3 });
    expect(full.totals.total).toEqual({ minutes: 198, hours: 3.3 });
    // The June course belongs to 2025-26, which the year selector now offers.
    expect(full.schoolYears).toEqual(["2026-27", "2025-26"]);
    expect(full.district.name).toBe("Maple Valley Unified");
  });
});
