import { describe, expect, it } from "vitest";
import {
  currentTeacher,
  manifest,
  NORTH,
  role,
  rosterFiles,
  user,
} from "../testing/oneroster-tables.ts";
import { deactivationRefusal } from "./deactivations.ts";
import type { CsvTable } from "./files.ts";
import type { CurrentRoster } from "./planner.ts";
import { reviewRoster } from "./review.ts";

/** Twenty rostered teachers, u1 … u20. */
const IDS = Array.from({ length: 20 }, (_, index) => `u${index + 1}`);
const CURRENT: CurrentRoster = { schools: [NORTH], people: IDS.map((id) => currentTeacher(id)) };

function roster(users: readonly string[], roles: readonly string[] = users): CsvTable[] {
  return rosterFiles(
    users.map((id) => user(id)),
    roles.map((id) => role(`r-${id}`, id, "teacher", "s1")),
  );
}

describe("reviewDeactivations", () => {
  it.each([
    { name: "nobody leaves", users: IDS, roles: IDS, count: 0, hold: false },
    {
      name: "two of twenty (10 %) leave without asking",
      users: IDS.slice(2),
      count: 2,
      hold: false,
    },
    {
      name: "three of twenty (15 %) wait for a confirmation",
      users: IDS.slice(3),
      count: 3,
      hold: true,
    },
    {
      name: "a users.csv cut after five rows waits",
      users: IDS.slice(0, 5),
      count: 15,
      hold: true,
    },
    {
      name: "an empty bulk roles.csv waits, whatever the share",
      users: IDS,
      roles: [],
      count: 20,
      hold: true,
    },
  ])("$name", ({ users, roles, count, hold }) => {
    const { review } = reviewRoster(roster(users, roles ?? users), CURRENT);
    expect(review.problems).toEqual([]);
    expect(review.deactivations).toMatchObject({
      count,
      activeRostered: 20,
      needsConfirmation: hold,
    });
    expect(review.deactivations.people).toHaveLength(count);
  });

  it("refuses until the confirmed number is the count the import finds", () => {
    const { review } = reviewRoster(roster(IDS.slice(3)), CURRENT);
    expect(deactivationRefusal(review.deactivations, undefined)).toContain(
      "it would deactivate 3 of the district's 20 rostered people",
    );
    expect(deactivationRefusal(review.deactivations, 2)).not.toBeNull();
    expect(deactivationRefusal(review.deactivations, 3)).toBeNull();
  });
});

describe("files that lose people", () => {
  it("refuses a full users.csv with nobody in it, and a file with no header at all", () => {
    const headerOnly = reviewRoster(roster([]), CURRENT).review;
    expect(headerOnly.problems.map((problem) => problem.file)).toEqual(["users.csv"]);
    expect(headerOnly.badRows).toEqual([]);
    const empty = roster(IDS).map((file) =>
      file.file === "users.csv" ? { ...file, header: [], rows: [] } : file,
    );
    expect(reviewRoster(empty, CURRENT).review.problems).toEqual([
      { file: "users.csv", line: null, reason: "users.csv is empty. Export the roster again" },
    ]);
  });

  it("reads an empty delta users.csv as nothing changed", () => {
    const delta = roster([], []).map((file) =>
      file.file === "manifest.csv" ? manifest({ users: "delta", roles: "delta" }) : file,
    );
    const { review } = reviewRoster(delta, CURRENT);
    expect(review.problems).toEqual([]);
    expect(review.deactivations.count).toBe(0);
  });
});

describe("students and guardians", () => {
  it("are not imported and never bad rows, whatever their rows lack", () => {
    const files = rosterFiles(
      [
        user("t1"),
        user("st1", { email: "" }),
        user("g1", { email: "not an email" }),
        "st2,,,true,,,,,,",
      ],
      [
        role("r1", "t1", "teacher", "s1"),
        role("r2", "st1", "student", "s1"),
        role("r3", "g1", "guardian", "s1"),
        role("r4", "st2", "student", "s1"),
        "r5,,,st3,primary,student,,,",
      ],
    );
    const { review } = reviewRoster(files, { schools: [NORTH], people: [] });
    expect(review.badRows).toEqual([]);
    expect(review.counts.people).toMatchObject({ create: 1, skipped: 3 });
  });

  it("a teacher without an email is still a bad row", () => {
    const files = rosterFiles([user("t1", { email: "" })], [role("r1", "t1", "teacher", "s1")]);
    const { review } = reviewRoster(files, { schools: [NORTH], people: [] });
    expect(review.badRows).toEqual([
      {
        file: "users.csv",
        line: 2,
        reason: "email is missing: people sign in with their email address",
      },
    ]);
  });
});
