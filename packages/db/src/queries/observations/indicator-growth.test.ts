import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { micropdSession } from "../../schema/index.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { getCaseload } from "../caseload/caseload.ts";
import { recommendationsFor } from "../micropd/recommendations.ts";
import {
  compareIndicatorCodes,
  getIndicatorGrowth,
  loadIndicatorEvidence,
} from "./indicator-growth.ts";

const { as } = seededDatabasePerFile();

describe("indicator evidence", () => {
  test("orders codes number by number", () => {
    expect(["1.10", "2.1", "1.2"].sort(compareIndicatorCodes)).toEqual(["1.2", "1.10", "2.1"]);
  });

  test("a supporting coach gets the teacher's coaching evidence only, no evaluation data", async () => {
    await as(demoPeople.teacher.email, async (tx, maria) => {
      const teacher = await loadIndicatorEvidence(tx, {
        teacherId: maria.personId,
        viewer: "teacher",
      });
      const coach = await loadIndicatorEvidence(tx, {
        teacherId: maria.personId,
        viewer: "supporting_coach",
      });
      expect(coach.length).toBeGreaterThan(0);
      expect(coach.every((row) => row.source === "coaching")).toBe(true);
      expect(coach).toEqual(teacher.filter((row) => row.source === "coaching"));
    });
  });

  test("growth lists only indicators with a level seen or self-rated, each oldest first, with its target", async () => {
    await as(demoPeople.teacher.email, async (tx, maria) => {
      const growth = await getIndicatorGrowth(tx, {
        teacherId: maria.personId,
        viewer: "teacher",
        viewerId: maria.personId,
      });
      expect(growth.levels.filter((level) => level.isTarget).map((level) => level.rank)).toEqual([
        3,
      ]);
      expect(growth.indicators.some((indicator) => indicator.selfRatings.length > 0)).toBe(true);
      for (const indicator of growth.indicators) {
        expect(indicator.points.length + indicator.selfRatings.length).toBeGreaterThan(0);
        const days = indicator.points.map((point) => point.on);
        expect(days).toEqual([...days].sort());
        const selfDays = indicator.selfRatings.map((point) => point.on);
        expect(selfDays).toEqual([...selfDays].sort());
        expect(indicator.targetRank).toBe(3);
      }
    });
  });

  test("recommendations name the indicator and the session's stage", async () => {
    await as(demoPeople.teacher.email, async (tx, maria) => {
      const list = await recommendationsFor(tx, { personId: maria.personId });
      expect(list.length).toBeGreaterThan(0);
      // Her stage's sessions, or electives, which are open to every teacher whatever her stage.
      const electives = new Set(
        (
          await tx
            .select({ id: micropdSession.id })
            .from(micropdSession)
            .where(eq(micropdSession.elective, true))
        ).map((row) => row.id),
      );
      for (const item of list) {
        if (!electives.has(item.sessionId)) expect(item.stage.position).toBe(1);
        expect(item.reason).toContain(item.indicator?.title ?? "");
      }
    });
  });
});

describe("the caseload's observation flag", () => {
  test("flags enrolled teachers with no coaching observation in 45 days", async () => {
    await as(demoPeople.coach.email, async (tx, coach) => {
      const caseload = await getCaseload(tx, { personId: coach.personId });
      const flagged = caseload.rows.filter((row) =>
        row.flags.some((flag) => flag.kind === "not_observed_recently"),
      );
      // The demo's teachers enrolled weeks ago and most were never observed.
      expect(flagged.length).toBeGreaterThan(0);
      for (const row of flagged) {
        const flag = row.flags.find((item) => item.kind === "not_observed_recently");
        expect(flag?.reason).toMatch(/^Not observed (yet|in \d+ days)$/);
      }
    });
  });
});
