import { asc, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actionPlan, person } from "../../schema/index.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { planAccessFor, plansReadableBy } from "./plan-readers.ts";

/*
 * The batch rule (plansReadableBy, used where many plans' steps are listed at once, such as the
 * commitments on a team goal) answers exactly as planAccessFor, plan by plan, for every person
 * of the seeded district as viewer, with some plans shared with the team and some not.
 */

const admin = seededLoginPerFile(demoPeople.admin.email);

describe("plansReadableBy", () => {
  it("agrees with planAccessFor for every viewer and plan", async () => {
    await admin.inDistrict(async (tx) => {
      // About half the plans shared with the team, so both branches of the teammate rule are met.
      await tx.update(actionPlan).set({ sharedWithTeam: sql`(${actionPlan.id}::text < '8')` });
      const plans = await tx
        .select({
          id: actionPlan.id,
          personId: actionPlan.personId,
          sharedWithTeam: actionPlan.sharedWithTeam,
        })
        .from(actionPlan)
        .orderBy(asc(actionPlan.id));
      const viewers = (await tx.select({ id: person.id }).from(person).orderBy(asc(person.id))).map(
        (row) => row.id,
      );
      expect(plans.some((plan) => plan.sharedWithTeam)).toBe(true);
      expect(plans.some((plan) => !plan.sharedWithTeam)).toBe(true);

      let readableSomewhere = 0;
      for (const viewerId of viewers) {
        const batch = await plansReadableBy(tx, { viewerId, plans });
        const oneByOne = new Set<string>();
        for (const plan of plans) {
          if (await planAccessFor(tx, { planId: plan.id, viewerId })) oneByOne.add(plan.id);
        }
        expect([...batch].sort(), viewerId).toEqual([...oneByOne].sort());
        readableSomewhere += oneByOne.size;
      }
      expect(readableSomewhere).toBeGreaterThan(plans.length);
    });
  });
});
