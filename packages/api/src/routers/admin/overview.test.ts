import { overviewNamedLimit } from "@throughline/domain/admin-overview";
import type { DashboardMetrics } from "@throughline/domain/dashboard";
import { describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The principal's and district's overview: each sees their own scope, and every figure it shows
 * is the implementation dashboard's (and the reviewers page's) for the same scope.
 */

const sharedFigures = [
  "teacherCount",
  "completionPercent",
  "sessionsCompleted",
  "sessionsAssigned",
  "meetingsHeld",
  "meetingsScheduled",
  "collaborationUsedMinutes",
  "collaborationScheduledMinutes",
  "stepsDoneWithEvidence",
  "stepsTotal",
] as const satisfies readonly (keyof DashboardMetrics)[];

const api = testApiPerFile();

describe("admin.overview", () => {
  it("shows a principal their school only, and names no teacher of another school", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    const me = await principal.viewer.me();
    const schoolIds = me.roles.flatMap((role) =>
      role.role === "principal" && role.schoolId ? [role.schoolId] : [],
    );
    const overview = await principal.admin.overview();
    expect(overview.scope).toBe("school");
    const attention = overview.attention.kind === "named" ? overview.attention.schools : [];
    expect(attention.map((school) => school.schoolId)).toEqual(schoolIds);
    expect(overview.figures.map((figure) => figure.id)).toEqual(schoolIds);

    const admin = await api.callerFor("admin@maplevalley.test");
    const district = await admin.admin.overview();
    expect(district.scope).toBe("district");
    expect(district.attention.kind === "ranked" && district.attention.schools).toBeGreaterThan(
      schoolIds.length,
    );
    expect(district.figures).toHaveLength(1);

    // Everyone the principal's overview names teaches at their school.
    const ownTeachers = new Set<string>();
    for (const schoolId of schoolIds) {
      const school = await admin.dashboard.school({ schoolId });
      for (const team of school.rows) {
        const rows = await admin.dashboard.team({ teamId: team.id });
        for (const row of rows.rows) ownTeachers.add(row.id);
      }
    }
    const named = [
      ...attention.flatMap((school) =>
        school.teams.flatMap((team) => team.flagged.map((row) => row.personId)),
      ),
      ...overview.walkthroughs.notVisited.map((row) => row.personId),
    ];
    expect(named.length).toBeGreaterThan(0);
    for (const personId of named) expect(ownTeachers.has(personId)).toBe(true);
  });

  it("is refused to teachers and coaches", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    await expect(teacher.admin.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const coach = await api.callerFor("coach@maplevalley.test");
    await expect(coach.admin.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows the district dashboard's figures to a district admin", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const overview = await admin.admin.overview();
    const dashboard = await admin.dashboard.district({ level: "district" });
    const [figures] = overview.figures;
    expect(figures?.level).toBe("district");
    for (const name of sharedFigures) {
      expect.soft(figures?.[name], name).toEqual(dashboard.metrics[name]);
    }
    expect(dashboard.metrics.teacherCount).toBeGreaterThan(0);
  });

  it("shows each school dashboard's figures to its principal", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    const overview = await principal.admin.overview();
    expect(overview.figures.length).toBeGreaterThan(0);
    for (const figures of overview.figures) {
      expect(figures.level).toBe("school");
      const dashboard = await principal.dashboard.school({ schoolId: figures.id ?? "" });
      for (const name of sharedFigures) {
        expect.soft(figures[name], `${name} of ${figures.name}`).toEqual(dashboard.metrics[name]);
      }
      // The "needs attention" roll-up covers the same school the figures do.
      const schools = overview.attention.kind === "named" ? overview.attention.schools : [];
      const attention = schools.find((school) => school.schoolId === figures.id);
      expect(attention?.teachers).toBeGreaterThan(0);
      expect(attention?.teachers).toBeLessThanOrEqual(figures.teacherCount);
    }
  });

  it("counts the credential queue as the reviewers page does", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const overview = await admin.admin.overview();
    const reviewers = await admin.credentialAdmin.reviewers();
    const queues = reviewers.credentials.map((credential) => credential.queue);
    expect(overview.credentialQueue.waiting).toBe(
      queues.reduce((total, queue) => total + queue.waiting, 0),
    );
    const oldest = queues.flatMap((queue) => (queue.oldestDays === null ? [] : [queue.oldestDays]));
    expect(overview.credentialQueue.oldestDays).toBe(
      oldest.length > 0 ? Math.max(...oldest) : null,
    );
  });

  it("rolls up each school's flags from the teachers it names", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    const overview = await principal.admin.overview();
    const schools = overview.attention.kind === "named" ? overview.attention.schools : [];
    let flagged = 0;
    for (const school of schools) {
      const people = new Map(
        school.teams.flatMap((team) => team.flagged.map((row) => [row.personId, row] as const)),
      );
      expect(school.flaggedTeachers).toBe(people.size);
      for (const [kind, count] of Object.entries(school.flagCounts)) {
        const named = [...people.values()].filter((row) => row.flags.some((flag) => flag === kind));
        expect(count, `${kind} at ${school.schoolName}`).toBe(named.length);
      }
      flagged += people.size;
    }
    expect(flagged).toBeGreaterThan(0);
    expect(overview.walkthroughs.teachers).toBeGreaterThan(0);
    const { teachers, visited, notVisited } = overview.walkthroughs;
    expect(notVisited.length).toBe(Math.min(overviewNamedLimit, teachers - visited));
  });
});
