import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { keptSnapshotsApiPerFile } from "../../testing/kept-snapshots-api.ts";
import type { TestApi } from "../../testing/test-api.ts";
import { settleDashboardRebuilds } from "./kept-dashboard.ts";

/*
 * A big dashboard is served from the snapshot its last build kept (rules/dashboard-snapshot.ts).
 * The demo district is small, so these tests keep every dashboard of one teacher or more, and
 * age the kept snapshot by moving its build time back.
 */

const { api, options, rebuildErrors } = keptSnapshotsApiPerFile();
let districtId: string;

beforeAll(async () => {
  const admin = await api.callerFor("admin@maplevalley.test");
  districtId = (await admin.viewer.me()).district.id;
});
beforeEach(() => {
  options.minTeachers = 1;
});

const reflection =
  "My students answered the essential question in writing at the end, and most of them could.";

/** Hannah completes her next MicroPD session through the API: one more session completed. */
async function hannahCompletesASession() {
  const hannah = await api.callerFor("hannah.lindqvist@maplevalley.test");
  const home = await hannah.teacher.home();
  const stageId = home.enrolments[0]?.stage.id;
  if (!stageId) throw new Error("Hannah is not enrolled in a stage.");
  const next = (await hannah.path.stage({ stageId })).enrolment?.next;
  if (!next || next.kind === "finished") throw new Error("Hannah has no next session.");
  await hannah.micropd.saveProgress({ sessionId: next.session.id, currentBlock: 1 });
  await hannah.micropd.complete({ sessionId: next.session.id, reflection });
}

/** Moves the kept snapshots' build time back, as if they were built that long ago. */
async function ageSnapshots(seconds: number) {
  await withTenant(api.db, districtId, (tx) =>
    tx.execute(
      sql`update dashboard_snapshot set built_at = built_at - make_interval(secs => ${seconds})`,
    ),
  );
}

/** The district's dashboard as built now: what is kept is first made too old to show. */
async function builtNow(admin: Awaited<ReturnType<TestApi["callerFor"]>>) {
  await ageSnapshots(16 * 60);
  const dashboard = await admin.dashboard.district({ level: "district" });
  expect(dashboard.asOf).toBeNull();
  return dashboard;
}

async function keptLevels() {
  return rawRows<{ level_key: string; teacher_count: number }>(
    api.db,
    sql`select level_key, teacher_count from dashboard_snapshot order by level_key`,
  );
}

describe("a big dashboard kept as a snapshot", () => {
  it("is built and kept on first read, then served as of its build until a minute old", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const built = await admin.dashboard.district({ level: "district" });
    expect(built.asOf).toBeNull();
    const [kept] = await keptLevels();
    expect(kept).toEqual({ level_key: "district", teacher_count: built.metrics.teacherCount });

    await hannahCompletesASession();
    const served = await admin.dashboard.district({ level: "district" });
    expect(served.asOf).toBeInstanceOf(Date);
    expect(served.metrics.sessionsCompleted).toBe(built.metrics.sessionsCompleted);
    // The kept answer reads as the built one did, dates included.
    expect({ ...served, asOf: null }).toEqual(built);
  });

  it("past a minute is served once more while a fresh build runs after the answer", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const before = await builtNow(admin);
    await hannahCompletesASession();
    await ageSnapshots(90);

    const stale = await admin.dashboard.district({ level: "district" });
    expect(stale.metrics.sessionsCompleted).toBe(before.metrics.sessionsCompleted);
    await settleDashboardRebuilds();
    const fresh = await admin.dashboard.district({ level: "district" });
    expect(fresh.metrics.sessionsCompleted).toBe(before.metrics.sessionsCompleted + 1);
    expect(fresh.asOf?.getTime()).toBeGreaterThan(stale.asOf?.getTime() ?? Infinity);
    expect(rebuildErrors).toEqual([]);
  });

  it("too old to show is built for the reader, who waits for it", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const before = await builtNow(admin);
    await hannahCompletesASession();
    const built = await builtNow(admin);
    expect(built.metrics.sessionsCompleted).toBe(before.metrics.sessionsCompleted + 1);
  });

  it("is dropped when a rebuild finds the level below the size worth keeping", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    await admin.dashboard.district({ level: "district" });
    expect((await keptLevels()).map((row) => row.level_key)).toContain("district");
    options.minTeachers = 100_000;
    await ageSnapshots(16 * 60);
    expect((await admin.dashboard.district({ level: "district" })).asOf).toBeNull();
    expect((await keptLevels()).map((row) => row.level_key)).not.toContain("district");
  });

  it("gives the admin overview the same kept figures, with their time", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    await builtNow(admin);
    const served = await admin.dashboard.district({ level: "district" });
    expect(served.asOf).toBeInstanceOf(Date);
    const [figures] = (await admin.admin.overview()).figures;
    expect(figures?.asOf).toEqual(served.asOf);
    expect(figures?.sessionsCompleted).toBe(served.metrics.sessionsCompleted);
    expect(figures?.teacherCount).toBe(served.metrics.teacherCount);
  });

  it("keeps a school's dashboard for its principal, and refuses others what they may not see", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const schools = (await admin.dashboard.district({ level: "district" })).rows;
    const maple = schools.find((row) => row.name === "Maple Valley Elementary");
    const riverside = schools.find((row) => row.name === "Riverside Middle School");
    if (!maple || !riverside) throw new Error("The demo's schools are missing.");
    await admin.dashboard.school({ schoolId: riverside.id });

    const principal = await api.callerFor("principal@maplevalley.test");
    const own = await principal.dashboard.school({ schoolId: maple.id });
    expect((await principal.dashboard.school({ schoolId: maple.id })).asOf).toBeInstanceOf(Date);
    expect(own.metrics.teacherCount).toBe(maple.teacherCount);
    // Kept snapshots of the district and of Riverside exist; the principal still gets neither.
    expect((await keptLevels()).map((row) => row.level_key)).toEqual(
      expect.arrayContaining(["district", `school:${riverside.id}`]),
    );
    expect(await codeOf(principal.dashboard.district({ level: "district" }))).toBe("FORBIDDEN");
    expect(await codeOf(principal.dashboard.school({ schoolId: riverside.id }))).toBe("FORBIDDEN");
    const teacher = await api.callerFor("hannah.lindqvist@maplevalley.test");
    expect(await codeOf(teacher.dashboard.district({ level: "district" }))).toBe("FORBIDDEN");
  });
});
