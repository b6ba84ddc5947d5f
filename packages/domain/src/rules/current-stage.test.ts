import { describe, expect, it } from "vitest";
import { currentPerProgram, namedWithProgram, primaryCurrent } from "./current-stage.ts";

const framework = (stagePosition: number, id = `f${stagePosition}`) => ({
  id,
  programId: "framework",
  programPosition: 1,
  stagePosition,
});
const technology = (stagePosition: number, id = `t${stagePosition}`) => ({
  id,
  programId: "technology",
  programPosition: 2,
  stagePosition,
});

describe("current stage per program", () => {
  it.each([
    { name: "one program: the highest stage", given: [framework(1), framework(2)], per: ["f2"] },
    {
      name: "two programs: the highest of each, in program order",
      given: [technology(1), framework(1), framework(3), framework(2)],
      per: ["f3", "t1"],
    },
    {
      name: "a later program's higher stage does not hide the first program's",
      given: [framework(1), technology(4)],
      per: ["f1", "t4"],
    },
    {
      name: "two cohorts of one stage: the later given",
      given: [framework(2, "a"), framework(2, "b")],
      per: ["b"],
    },
    { name: "none", given: [], per: [] },
  ])("$name", ({ given, per }) => {
    expect(currentPerProgram(given).map((row) => row.id)).toEqual(per);
    expect(primaryCurrent(given)?.id).toBe(per[0]);
  });
});

describe("a stage named with its program", () => {
  it("names the program where the district runs several, not where it runs one", () => {
    expect(namedWithProgram("Classroom technology", "Stage 1 workshop")).toBe(
      "Classroom technology · Stage 1 workshop",
    );
    expect(namedWithProgram(null, "Stage 1 workshop")).toBe("Stage 1 workshop");
  });
});
