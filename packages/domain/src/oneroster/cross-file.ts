import type { Steps } from "../steps.ts";
import type { RosterDataFile } from "./binding.ts";
import type { CheckedFiles } from "./check-files.ts";
import type { RosterProblem } from "./files.ts";
import { isOthersEnrollment, isOthersRole } from "./people-rows.ts";

/** What the district already has from earlier imports, for delta files that name older rows. */
interface KnownSourcedIds {
  schools: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

type Reference = "good" | "bad" | "missing" | "unknowable";

const SCHOOL_ROLES = new Set(["teacher", "principal", "siteAdministrator"]);

/** Rows checked between yields (see steps.ts): some milliseconds. */
const ROWS_PER_STEP = 1000;

/**
 * Checks what points across files: a role's user and org, a user's primary org, a class's
 * school, course and terms, an enrollment's class, school and user. A row pointing at a bad row
 * is left out without a second report (fixing the first row fixes both); a row pointing at
 * nothing is a bad row of its own. Mutates `checked`: its good rows lose the rows found bad.
 * Yields every ROWS_PER_STEP rows: 20,000 users with their roles took some 100 ms in one go.
 */
export function* checkReferences(checked: CheckedFiles, known: KnownSourcedIds): Steps<void> {
  const goodIds = new Map<RosterDataFile, Set<string>>();
  const idsOf = (file: RosterDataFile) => {
    let ids = goodIds.get(file);
    if (!ids) {
      ids = new Set(checked.good[file].map((row) => row.sourcedId));
      goodIds.set(file, ids);
    }
    return ids;
  };
  const orgTypes = new Map(checked.good["orgs.csv"].map((org) => [org.sourcedId, org.type]));

  function refer(file: RosterDataFile, id: string): Reference {
    if (idsOf(file).has(id)) return "good";
    // The file itself is reported (missing, empty, a header it cannot read): once is enough.
    if (checked.unreadable.has(file)) return "unknowable";
    if (checked.badIds[file].has(id)) return "bad";
    const mode = checked.modes[file];
    if (mode === "bulk") return "missing";
    if (mode === "delta" && file === "users.csv") return known.people.has(id) ? "good" : "missing";
    if (mode === "delta" && file === "orgs.csv") return known.schools.has(id) ? "good" : "missing";
    // An older row of a delta file, or a file not sent: nothing here says it is wrong.
    return "unknowable";
  }

  /** Keeps the rows whose references hold; reports those pointing at nothing. */
  let sinceStep = 0;
  function* keep<Row extends { line: number; sourcedId: string }>(
    file: RosterDataFile,
    references: (row: Row) => { column: string; target: RosterDataFile; ids: string[] }[],
    extra?: (row: Row) => string | null,
    /** Rows about people Throughline does not hold: left out when they fail, never reported. */
    others?: (row: Row) => boolean,
  ): Steps<void> {
    const rows = checked.good[file] as unknown as Row[];
    const kept: Row[] = [];
    for (const row of rows) {
      sinceStep += 1;
      if (sinceStep === ROWS_PER_STEP) {
        sinceStep = 0;
        yield;
      }
      const reasons: string[] = [];
      let dropped = false;
      for (const { column, target, ids } of references(row)) {
        for (const id of ids) {
          const state = refer(target, id);
          if (state === "bad") dropped = true;
          if (state === "missing") reasons.push(`${column} '${id}' is not in ${target}`);
        }
      }
      const more = reasons.length === 0 && !dropped ? extra?.(row) : null;
      if (more) reasons.push(more);
      if (reasons.length > 0 && !others?.(row)) {
        const problem: RosterProblem = { file, line: row.line, reason: reasons.join("; ") };
        checked.badRows.push(problem);
      }
      if (reasons.length > 0 || dropped) {
        checked.badIds[file].add(row.sourcedId);
        if ("userSourcedId" in row && file === "roles.csv") {
          checked.usersWithBadRoles.add(String(row.userSourcedId));
        }
        idsOf(file).delete(row.sourcedId);
      } else {
        kept.push(row);
      }
    }
    (checked.good as Record<RosterDataFile, unknown[]>)[file] = kept;
  }

  const when = (present: string | undefined) => (present ? [present] : []);

  yield* keep<(typeof checked.good)["orgs.csv"][number]>("orgs.csv", (org) => [
    { column: "parentSourcedId", target: "orgs.csv", ids: when(org.parentSourcedId) },
  ]);
  yield* keep<(typeof checked.good)["users.csv"][number]>("users.csv", (user) => [
    { column: "primaryOrgSourcedId", target: "orgs.csv", ids: when(user.primaryOrgSourcedId) },
  ]);
  yield* keep<(typeof checked.good)["roles.csv"][number]>(
    "roles.csv",
    (role) => [
      { column: "userSourcedId", target: "users.csv", ids: [role.userSourcedId] },
      { column: "orgSourcedId", target: "orgs.csv", ids: [role.orgSourcedId] },
    ],
    (role) => {
      if (!SCHOOL_ROLES.has(role.role)) return null;
      const type =
        orgTypes.get(role.orgSourcedId) ??
        (known.schools.has(role.orgSourcedId) ? "school" : undefined);
      return type === "school" || type === undefined
        ? null
        : `A ${role.role} belongs to a school, but orgSourcedId '${role.orgSourcedId}' is a ${type}`;
    },
    (role) => isOthersRole(role.role),
  );
  yield* keep<(typeof checked.good)["academicSessions.csv"][number]>(
    "academicSessions.csv",
    () => [],
  );
  yield* keep<(typeof checked.good)["courses.csv"][number]>("courses.csv", (course) => [
    { column: "orgSourcedId", target: "orgs.csv", ids: [course.orgSourcedId] },
  ]);
  yield* keep<(typeof checked.good)["classes.csv"][number]>("classes.csv", (section) => [
    { column: "schoolSourcedId", target: "orgs.csv", ids: [section.schoolSourcedId] },
    { column: "courseSourcedId", target: "courses.csv", ids: [section.courseSourcedId] },
    { column: "termSourcedIds", target: "academicSessions.csv", ids: section.termSourcedIds },
  ]);
  yield* keep<(typeof checked.good)["enrollments.csv"][number]>(
    "enrollments.csv",
    (enrollment) => [
      { column: "classSourcedId", target: "classes.csv", ids: [enrollment.classSourcedId] },
      { column: "schoolSourcedId", target: "orgs.csv", ids: [enrollment.schoolSourcedId] },
      { column: "userSourcedId", target: "users.csv", ids: [enrollment.userSourcedId] },
    ],
    undefined,
    (enrollment) => isOthersEnrollment(enrollment.role),
  );
}
