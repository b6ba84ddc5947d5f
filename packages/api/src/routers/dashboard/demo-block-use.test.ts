import { describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The demo's one protected collaboration block (the K–2 Literacy PLC's Wednesday block 6) is
 * where that team holds its meetings, so the dashboard a principal opens shows block time used,
 * not "0 of 855 minutes" beside a team that meets every few weeks.
 */
const api = testApiPerFile();

describe("the demo's collaboration time", () => {
  it("counts the K–2 PLC's held meetings as time used in its block", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const district = await admin.dashboard.district({ level: "district" });
    const k2 = district.collaboration.find((team) => team.teamName === "K–2 Literacy PLC");
    expect(k2?.scheduledMinutes).toBeGreaterThan(0);
    expect(district.metrics.collaborationUsedMinutes).toBeGreaterThan(0);

    // Every one of its held meetings this school year, 45 minutes in a 45-minute block.
    const team = (await admin.dashboard.team({ teamId: k2?.teamId ?? "" })).metrics;
    expect(team.meetingsHeld).toBeGreaterThan(0);
    expect(k2?.usedMinutes).toBe(team.meetingsHeld * 45);
    expect(district.metrics.collaborationUsedMinutes).toBe(k2?.usedMinutes);
  });
});
