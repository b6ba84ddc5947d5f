import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { facilitatedTeamId } from "../../testing/demo-teams.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The team's next focus in the individual path's recommendations, through the real routers: the
 * facilitator chooses a session and an indicator; a teammate's list recommends the session with
 * the team's choice as its reason, once, and names who chose it; the facilitator, who supports
 * them, reads it too.
 */

const api = testApiPerFile();
let teamId: string;
let member: { email: string; id: string };
let chosen: { sessionId: string; indicatorId: string; indicatorTitle: string };

beforeAll(async () => {
  teamId = await facilitatedTeamId(api.db, demoEmail.leader);
  // A teammate, and a session of a stage open to them that they have not completed.
  const [row] = await rawRows<{
    email: string;
    person_id: string;
    session_id: string;
    indicator_id: string;
    title: string;
  }>(
    api.db,
    sql`select p.email, p.id::text as person_id, s.id::text as session_id,
          i.id::text as indicator_id, i.title
        from team_member tm
        join person p on p.id = tm.person_id
        join enrolment e on e.person_id = p.id and e.status <> 'withdrawn'
        join cohort c on c.id = e.cohort_id
        join micropd_session s on s.stage_id = c.stage_id
        join session_indicator si on si.session_id = s.id
        join indicator i on i.id = si.indicator_id
        where tm.team_id = ${teamId} and p.email <> ${demoEmail.leader}
          and not exists (select 1 from micropd_progress pr where pr.person_id = p.id
            and pr.session_id = s.id and pr.completed_at is not null)
          and not exists (select 1 from recommendation_decision d where d.person_id = p.id
            and d.session_id = s.id)
        order by p.email, s.position desc limit 1`,
  );
  if (!row) throw new Error("The demo team has no teammate with a session left to take.");
  member = { email: row.email, id: row.person_id };
  chosen = { sessionId: row.session_id, indicatorId: row.indicator_id, indicatorTitle: row.title };
});

describe("the team's focus in the recommendations", () => {
  it("recommends the chosen session to a teammate with the team's reason, once", async () => {
    const teammate = await api.callerFor(member.email);
    const before = await teammate.recommendations.mine();
    const leader = await api.callerFor(demoEmail.leader);
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
    const leader = await api.callerFor(demoEmail.leader);
    const list = await leader.recommendations.forTeacher({ teacherId: member.id });
    const item = list.find((row) => row.sessionId === chosen.sessionId);
    expect(item?.reason).toMatch(/^The teacher's team chose ‘/);
  });
});
