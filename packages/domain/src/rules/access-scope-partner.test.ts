import { describe, expect, it } from "vitest";
import { accessScopeOf } from "./access-scope.ts";

/*
 * A partner district's certified reviewer holds no role in the district they review for: the
 * reviewer tier and the coach app's review pages are theirs, and nothing else.
 */
describe("a partner's reviewer", () => {
  const scope = accessScopeOf({ roles: [], ledTeamIds: [], partnerReviewer: true });

  it("reviews, and is in no other tier", () => {
    expect(scope.reviewer).toBe(true);
    expect(scope.tiers).toEqual({
      teacher: false,
      coach: false,
      admin: false,
      districtAdmin: false,
      staff: false,
      reviewer: true,
    });
  });

  it("opens the coach app for its review pages only, and no other app", () => {
    expect(scope.apps.coach).toEqual({ allowed: true, reviewsOnly: true });
    expect(scope.apps.teacher.allowed).toBe(false);
    expect(scope.apps.admin.allowed).toBe(false);
  });

  it("a coach who also reviews for a partner keeps the whole coach app", () => {
    const coach = accessScopeOf({
      roles: [{ role: "coach", schoolId: null }],
      ledTeamIds: [],
      partnerReviewer: true,
    });
    expect(coach.apps.coach).toEqual({ allowed: true });
    expect(coach.tiers.reviewer).toBe(true);
  });

  it("nobody without a role or a grant reviews", () => {
    const nobody = accessScopeOf({ roles: [], ledTeamIds: [] });
    expect(nobody.reviewer).toBe(false);
    expect(nobody.apps.coach.allowed).toBe(false);
  });
});
