import { describe, expect, it } from "vitest";
import { type GettingStartedFacts, gettingStartedFrom } from "./getting-started.ts";

const nothing: GettingStartedFacts = {
  schools: 0,
  peopleBesidesAdmins: 0,
  ssoProviders: 0,
  frameworkReviewedAt: null,
  calendarReviewedAt: null,
  cohortsWithWorkshop: 0,
  collaborationBlocks: 0,
};

function doneKeys(facts: GettingStartedFacts): string[] {
  return gettingStartedFrom(facts)
    .items.filter((item) => item.done)
    .map((item) => item.key);
}

describe("gettingStartedFrom", () => {
  it("a new district has every item open", () => {
    expect(gettingStartedFrom(nothing)).toMatchObject({ doneCount: 0, total: 6 });
  });

  it.each<[Partial<GettingStartedFacts>, string[]]>([
    [{ schools: 1 }, []],
    [{ peopleBesidesAdmins: 3 }, []],
    [{ schools: 1, peopleBesidesAdmins: 1 }, ["schools_and_people"]],
    [{ ssoProviders: 1 }, ["single_sign_on"]],
    [{ frameworkReviewedAt: new Date() }, ["framework_reviewed"]],
    [{ calendarReviewedAt: new Date() }, ["calendar_reviewed"]],
    [{ cohortsWithWorkshop: 1 }, ["first_cohort"]],
    [{ collaborationBlocks: 2 }, ["collaboration_time"]],
  ])("%o ticks %o", (facts, keys) => {
    expect(doneKeys({ ...nothing, ...facts })).toEqual(keys);
  });
});
