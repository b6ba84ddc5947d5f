import { describe, expect, it } from "vitest";
import { NORTH, role, rosterFiles, user } from "../testing/oneroster-tables.ts";
import type { CurrentRoster } from "./planner.ts";
import { reviewRoster } from "./review.ts";

const BY_HAND: CurrentRoster = {
  schools: [NORTH],
  people: [],
  unlinked: [
    {
      id: "person-hand",
      displayName: "Ann by hand",
      email: "ANN@example.test",
      active: true,
      roles: [{ id: "role-coach", role: "coach", schoolId: NORTH.id }],
    },
  ],
};

describe("linking people added by hand", () => {
  it("links the roster row with the same email, whatever its case, instead of a second person", () => {
    const { plan, review } = reviewRoster(
      rosterFiles([user("u1", { email: "ann@Example.test" })], [role("r1", "u1", "teacher", "s1")]),
      BY_HAND,
    );
    expect(plan.createPeople).toEqual([]);
    expect(plan.changePeople).toEqual([
      {
        id: "person-hand",
        kind: "update",
        sourcedId: "u1",
        displayName: "Givenu1 Familyu1",
        email: "ann@example.test",
        active: true,
        addRoles: [{ role: "teacher", schoolSourcedId: "s1" }],
        // A coach role is given by hand and never managed by the roster.
        removeRoleIds: [],
      },
    ]);
    expect(review.counts.people).toMatchObject({ create: 0, update: 1 });
  });

  it("does not link a row the roster would not make a person (a guardian with that email)", () => {
    const { plan } = reviewRoster(
      rosterFiles(
        [user("g1", { email: "ann@example.test" })],
        [role("r1", "g1", "guardian", "s1")],
      ),
      BY_HAND,
    );
    expect(plan.changePeople).toEqual([]);
    expect(plan.createPeople).toEqual([]);
  });

  it("links one row only when two rows share the email", () => {
    const { plan } = reviewRoster(
      rosterFiles(
        [user("u1", { email: "ann@example.test" }), user("u2", { email: "ann@example.test" })],
        [role("r1", "u1", "teacher", "s1"), role("r2", "u2", "teacher", "s1")],
      ),
      BY_HAND,
    );
    expect(plan.changePeople.map((change) => change.sourcedId)).toEqual(["u1"]);
    expect(plan.createPeople.map((created) => created.sourcedId)).toEqual(["u2"]);
  });
});
