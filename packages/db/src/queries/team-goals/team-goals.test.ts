import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import type { Membership } from "../../identity.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor } from "../../testing.ts";
import { teamGoalStatuses } from "./goal-statuses.ts";
import { goalsOfTeams } from "./team-goal-reads.ts";
import { createTeamGoal, recordCheckpoint, updateTeamGoal } from "./team-goal-writes.ts";

/*
 * Team goals against the seeded district: the demo goal reads back with its checkpoints and
 * stands where the domain's rule puts it; an edit keeps recorded checkpoints; each district
 * sees only its own teams' goals.
 */

let handle: DatabaseHandle;
let admin: Membership;
let cedarCoach: Membership;

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  admin = await membershipFor(handle.db, demoPeople.admin.email);
  cedarCoach = await membershipFor(handle.db, "coach@cedarridge.test");
});
afterAll(() => handle.close());

describe("team goals", () => {
  it("the demo goal is on track at its latest checkpoint, with the CSV's classes kept", async () => {
    const rows = await withTenant(handle.db, admin.districtId, (tx) =>
      teamGoalStatuses(tx, { schoolIds: null }),
    );
    const demo = rows.find((row) => row.teamName === "K–2 Literacy PLC");
    expect(demo).toMatchObject({
      unit: "percent",
      baselineValue: 48,
      targetValue: 70,
      latestValue: 56,
      status: "on_track",
    });
    const [goal] = await withTenant(handle.db, admin.districtId, (tx) =>
      goalsOfTeams(tx, { teamIds: [demo?.teamId ?? ""] }),
    );
    expect(goal?.checkpoints).toHaveLength(4);
    expect(goal?.checkpoints[0]?.classResults).toHaveLength(3);
    expect(goal?.checkpoints[0]?.recordedByName).toBeTruthy();
    expect(goal?.indicators.length).toBeGreaterThan(0);
  });

  it("another district sees none of them", async () => {
    const rows = await withTenant(handle.db, cedarCoach.districtId, (tx) =>
      teamGoalStatuses(tx, { schoolIds: null }),
    );
    expect(rows.filter((row) => row.teamName === "K–2 Literacy PLC")).toEqual([]);
  });

  it("an edit keeps recorded checkpoints and replaces planned ones", async () => {
    const [demo] = await withTenant(handle.db, admin.districtId, (tx) =>
      teamGoalStatuses(tx, { schoolIds: null }),
    );
    const teamId = demo?.teamId ?? "";
    const goal = {
      problem: "Fractions",
      measure: "Share proficient on the fractions assessment",
      unit: "percent" as const,
      baselineValue: 30,
      targetValue: 60,
      startsOn: "2026-09-01",
      targetOn: "2027-03-01",
      indicatorIds: [],
      sessionIds: [],
      checkpointDates: ["2026-10-01", "2026-12-01"],
    };
    const goalId = await withTenant(handle.db, admin.districtId, (tx) =>
      createTeamGoal(tx, {
        districtId: admin.districtId,
        teamId,
        createdById: admin.personId,
        goal,
      }),
    );
    await withTenant(handle.db, admin.districtId, async (tx) => {
      const [created] = await goalsOfTeams(tx, { teamIds: [teamId] }).then((goals) =>
        goals.filter((g) => g.id === goalId),
      );
      const october = created?.checkpoints.find((c) => c.plannedOn === "2026-10-01");
      await recordCheckpoint(tx, {
        checkpointId: october?.id ?? "",
        measureValue: 20,
        classResults: null,
        note: "",
        recordedById: admin.personId,
        now: new Date(),
      });
      await updateTeamGoal(tx, {
        districtId: admin.districtId,
        goalId,
        goal: { ...goal, checkpointDates: ["2027-01-15"] },
      });
    });
    const goals = await withTenant(handle.db, admin.districtId, (tx) =>
      goalsOfTeams(tx, { teamIds: [teamId] }),
    );
    const edited = goals.find((g) => g.id === goalId);
    expect(edited?.checkpoints.map((c) => [c.plannedOn, c.measureValue])).toEqual([
      ["2026-10-01", 20],
      ["2027-01-15", null],
    ]);
    expect(edited?.progress.status).toBe("off_track");
  });
});
