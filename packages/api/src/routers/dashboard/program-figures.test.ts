import { loadDashboardPeople } from "@throughline/db/queries/dashboards/dashboard-people";
import { withTenant } from "@throughline/db/tenant";
import { createTestDatabase } from "@throughline/db/testing";
import { describe, expect, it } from "vitest";
import { insertDashboardFixture, NOW } from "../../testing/dashboard-fixture.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { buildDashboard } from "./build.ts";

/*
 * Maple Valley runs two programs: its dashboards count each program's completion apart, and
 * the funnel's stages carry their program so each program's funnel is drawn alone.
 */

const api = testApiPerFile();

describe("the implementation dashboard with two programs", () => {
  it("gives each program its own completion figures, summing to the whole", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const { metrics } = await admin.dashboard.district({ level: "district" });
    const programs = metrics.programs ?? [];
    expect(programs.map((row) => row.programTitle)).toEqual([
      "Instructional framework",
      "Classroom technology",
    ]);
    const [framework, technology] = programs;
    // The demo puts a few teachers in the technology program, fewer than the framework's; its
    // stage has three sessions, assigned to each of them.
    expect(technology?.teacherCount).toBeGreaterThan(0);
    expect(technology?.teacherCount).toBeLessThan(framework?.teacherCount ?? 0);
    expect(technology?.sessionsAssigned).toBe((technology?.teacherCount ?? 0) * 3);
    // Together they are the headline figure, which mixes them.
    expect(programs.reduce((sum, row) => sum + row.sessionsAssigned, 0)).toBe(
      metrics.sessionsAssigned,
    );
    expect(programs.reduce((sum, row) => sum + row.sessionsCompleted, 0)).toBe(
      metrics.sessionsCompleted,
    );
    expect(framework?.completionPercent).not.toBe(metrics.completionPercent);
    // Each funnel stage names its program; both programs have a Stage 1.
    const ones = metrics.funnel.filter((stage) => stage.position === 1);
    expect(ones.map((stage) => stage.programTitle)).toEqual([
      "Instructional framework",
      "Classroom technology",
    ]);
  });

  it("a district with one program has no breakdown and one funnel", async () => {
    const handle = await createTestDatabase();
    try {
      const ids = await insertDashboardFixture(handle.db);
      const reach = { kind: "district" } as const;
      const dashboard = await withTenant(handle.db, ids.districtId, async (tx) =>
        buildDashboard(tx, {
          reach,
          people: await loadDashboardPeople(tx, reach),
          districtName: "Fixture District",
          now: NOW,
        }),
      );
      expect(dashboard.metrics.programs).toEqual([]);
      expect(dashboard.metrics.funnel.length).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});
