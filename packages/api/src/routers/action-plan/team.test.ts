import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The teacher app's "My team" page through the real router: a plan shared with the team is
 * listed for, and readable by, the teacher's teammates only; unshared, it is listed for no one.
 */

const api = testApiPerFile();
let teammate: string;
let stranger: string;
let planId: string;

beforeAll(async () => {
  const email = async (query: ReturnType<typeof sql>) =>
    (await rawRows<{ email: string }>(api.db, query))[0]?.email ?? "";
  const mariaTeams = sql`select tm.team_id from team_member tm join person p
    on p.district_id = tm.district_id and p.id = tm.person_id where p.email = ${demoEmail.teacher}`;
  teammate = await email(sql`select p.email from team_member tm
    join person p on p.district_id = tm.district_id and p.id = tm.person_id
    where tm.team_id in (${mariaTeams}) and p.email <> ${demoEmail.teacher} order by p.email limit 1`);
  stranger = await email(sql`select p.email from person p
    join role_membership r on r.district_id = p.district_id and r.person_id = p.id
    join district d on d.id = p.district_id
    where d.slug = 'maple-valley' and r.role = 'teacher' and p.email <> ${demoEmail.teacher}
      and not exists (select 1 from team_member tm where tm.person_id = p.id
        and tm.team_id in (${mariaTeams}))
    order by p.email limit 1`);
  const maria = await api.callerFor(demoEmail.teacher);
  const stageId = (await maria.teacher.home()).enrolments[0]?.stage.id ?? "";
  planId = (await maria.actionPlan.mine({ stageId })).plan?.id ?? "";
});

describe("plans shared with the team", () => {
  it("are listed for a teammate and open read-only; a non-teammate sees and reads nothing", async () => {
    expect([teammate, stranger, planId]).not.toContain("");
    const maria = await api.callerFor(demoEmail.teacher);
    const mate = await api.callerFor(teammate);
    const other = await api.callerFor(stranger);
    const listed = async (caller: typeof mate) =>
      (await caller.actionPlan.teamShared()).map((row) => row.planId);

    await maria.actionPlan.setSharing({ planId, sharedWithTeam: false });
    expect(await listed(mate)).not.toContain(planId);

    await maria.actionPlan.setSharing({ planId, sharedWithTeam: true });
    const row = (await mate.actionPlan.teamShared()).find((entry) => entry.planId === planId);
    expect(row).toMatchObject({ teacherName: "Maria Delgado" });
    expect(row?.teamNames.length).toBeGreaterThan(0);
    expect((await mate.actionPlan.byId({ planId })).reader).toBe("teammate");

    expect(await listed(other)).not.toContain(planId);
    expect(await codeOf(other.actionPlan.byId({ planId }))).toBe("NOT_FOUND");
    // Her own plan is hers, not a teammate's.
    expect(await listed(maria)).not.toContain(planId);

    await maria.actionPlan.setSharing({ planId, sharedWithTeam: false });
    expect(await listed(mate)).not.toContain(planId);
    expect(await codeOf(mate.actionPlan.byId({ planId }))).toBe("NOT_FOUND");
  });
});
