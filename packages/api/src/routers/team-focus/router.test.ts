import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { scheduledTeamMeeting } from "../../testing/test-district-meetings.ts";

/*
 * A teacher leader reads their team's profile and sets its next focus, through the real router:
 * only the facilitator may do either; the focus reaches teammates' homes and the next meeting's
 * agenda; earlier choices are kept with who made them.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"leader" | "member" | "principal" | "stranger", TestPerson>;
let teamId: string;
let indicators: string[];
let sessionId: string;

// A team a teacher leader facilitates, with a teammate and a meeting scheduled next week; the
// school's principal; a coach of another district.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school();
  people = {
    leader: await district.person({ role: "teacher", school, name: "Kevin Osei" }),
    member: await district.person({ role: "teacher", school }),
    principal: await district.person({ role: "principal", school }),
    stranger: await (await testDistrict(api)).person({ role: "coach" }),
  };
  const team = await district.team({
    school,
    members: [people.leader, people.member],
    facilitator: people.leader,
  });
  teamId = team.id;
  indicators = await district.indicatorIds(2);
  const admin = await district.callerFor(district.admin);
  const [firstStageId = ""] = await district.stageIds();
  sessionId = (await admin.frameworkAdmin.stage({ stageId: firstStageId })).sessions[0]?.id ?? "";
  await scheduledTeamMeeting(await district.callerFor(people.leader), team);
});

describe("the team profile", () => {
  it("shows the facilitator each indicator's spread, withheld where under 3 members rated", async () => {
    const leader = await district.callerFor(people.leader);
    const profile = await leader.teamFocus.profile({ teamId });
    expect(profile.indicators.length).toBeGreaterThan(0);
    expect(profile.levels.length).toBeGreaterThan(0);
    for (const row of profile.indicators) {
      for (const spread of [row.selfAssessed, row.observed]) {
        if (spread.withheld) {
          expect(Object.keys(spread)).toEqual(["withheld"]);
        } else {
          expect(spread.figures.rated).toBeGreaterThanOrEqual(3);
          const total = spread.figures.counts.reduce((sum, count) => sum + count.members, 0);
          expect(total).toBe(spread.figures.rated);
        }
      }
    }
  });

  it("is refused to a principal, a member who does not facilitate, and another district", async () => {
    const principal = await district.callerFor(people.principal);
    expect(await codeOf(principal.teamFocus.profile({ teamId }))).toBe("FORBIDDEN");
    const member = await district.callerFor(people.member);
    expect(await codeOf(member.teamFocus.profile({ teamId }))).toBe("FORBIDDEN");
    const stranger = await district.callerFor(people.stranger);
    expect(await codeOf(stranger.teamFocus.profile({ teamId }))).toBe("NOT_FOUND");
  });
});

describe("setting the next focus", () => {
  it("only the facilitator sets it", async () => {
    const input = { teamId, indicatorIds: indicators, sessionIds: [], reason: null };
    const principal = await district.callerFor(people.principal);
    expect(await codeOf(principal.teamFocus.set(input))).toBe("FORBIDDEN");
    const member = await district.callerFor(people.member);
    expect(await codeOf(member.teamFocus.set(input))).toBe("FORBIDDEN");
  });

  it("reaches teammates' homes and the next meeting's agenda, and keeps the history", async () => {
    const leader = await district.callerFor(people.leader);
    await leader.teamFocus.set({
      teamId,
      indicatorIds: [indicators[0] ?? ""],
      sessionIds: [],
      reason: "First try",
    });
    const { agendaMeeting } = await leader.teamFocus.set({
      teamId,
      indicatorIds: indicators,
      sessionIds: [sessionId],
      reason: "Exit tickets showed the gap",
    });

    const profile = await leader.teamFocus.profile({ teamId });
    expect(profile.focus?.reason).toBe("Exit tickets showed the gap");
    expect(profile.focus?.setBy.displayName).toBe("Kevin Osei");
    expect(profile.history[0]?.reason).toBe("First try");
    expect(
      profile.indicators
        .filter((row) => row.inFocus)
        .map((row) => row.id)
        .sort(),
    ).toEqual([...indicators].sort());

    const member = await district.callerFor(people.member);
    const mine = await member.teamFocus.mine();
    const focus = mine.find((entry) => entry.teamId === teamId)?.focus;
    expect(focus?.sessions.map((session) => session.id)).toEqual([sessionId]);

    expect(agendaMeeting).not.toBeNull();
    const items = await rawRows<{ title: string; purpose: string }>(
      api.db,
      sql`select title, purpose from meeting_agenda_item where meeting_id = ${agendaMeeting?.id ?? ""}
          and title = 'Our next focus'`,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.purpose).toContain("Kevin Osei set the team's next focus");
    expect(items[0]?.purpose).toContain("Exit tickets showed the gap");
  });

  it("names the field when a session is not the district's", async () => {
    const leader = await district.callerFor(people.leader);
    expect(
      await codeOf(
        leader.teamFocus.set({
          teamId,
          indicatorIds: indicators,
          sessionIds: [teamId],
          reason: null,
        }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
