import { beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The team's next focus in the individual path's recommendations, through the real routers: the
 * facilitator chooses a session and an indicator; a teammate's list recommends the session with
 * the team's choice as its reason, once, and names who chose it; the facilitator, who supports
 * them, reads it too.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let facilitator: TestPerson;
let teamId: string;
let member: TestPerson;
let chosen: { sessionId: string; indicatorId: string; indicatorTitle: string };

// A team a teacher leader facilitates, and a teammate in a cohort whose last session, not taken
// yet, is the one chosen.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school();
  facilitator = await district.person({ role: "teacher", school });
  const teammate = await district.person({ role: "teacher", school });
  ({ id: teamId } = await district.team({
    school,
    members: [facilitator, teammate],
    facilitator,
  }));
  const cohort = await district.cohort({ school });
  await district.enrol(teammate, cohort);
  member = teammate;

  const admin = await district.callerFor(district.admin);
  const { sessions } = await admin.frameworkAdmin.stage({ stageId: cohort.stageId });
  const session = await admin.frameworkAdmin.session({ sessionId: sessions.at(-1)?.id ?? "" });
  const indicators = await admin.frameworkAdmin.indicators();
  const indicator = indicators.find((row) => session.indicatorIds.includes(row.id));
  if (!indicator) throw new Error("The stage's last session has no indicator.");
  chosen = { sessionId: session.id, indicatorId: indicator.id, indicatorTitle: indicator.title };
});

describe("the team's focus in the recommendations", () => {
  it("recommends the chosen session to a teammate with the team's reason, once", async () => {
    const teammate = await district.callerFor(member);
    const before = await teammate.recommendations.mine();
    const leader = await district.callerFor(facilitator);
    await leader.teamFocus.set({
      teamId,
      indicatorIds: [chosen.indicatorId],
      sessionIds: [chosen.sessionId],
      reason: "Our exit tickets show it.",
    });
    const after = await teammate.recommendations.mine();
    const found = after.filter((item) => item.sessionId === chosen.sessionId);
    expect(found).toHaveLength(1);
    const [item] = found;
    expect(item?.reason).toMatch(
      new RegExp(
        `^Your team chose ‘${chosen.indicatorTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}’ as its next focus on [A-Z][a-z]{2} \\d{1,2}`,
      ),
    );
    expect(item?.teamFocus).toMatchObject({
      teamId,
      setBy: { displayName: expect.any(String) },
    });
    // After the coach's pins, before the sessions only a gap brings.
    const firstUnpinned = after.findIndex((row) => row.pinnedBy === null);
    expect(after.indexOf(item as (typeof after)[number])).toBe(firstUnpinned);
    // Nothing else moved in or out.
    expect(new Set(after.map((row) => row.sessionId))).toEqual(
      new Set([...before.map((row) => row.sessionId), chosen.sessionId]),
    );
  });

  it("tells the facilitator, who supports the teammate, that the teacher's team chose it", async () => {
    const leader = await district.callerFor(facilitator);
    const list = await leader.recommendations.forTeacher({ teacherId: member.id });
    const item = list.find((row) => row.sessionId === chosen.sessionId);
    expect(item?.reason).toMatch(/^The teacher's team chose ‘/);
  });
});
