import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { mayRun, meetingRelation, type TeamRelation, teamRelation } from "./meeting-access.ts";

/* The one access rule for meetings, person by person on the seeded K–2 Literacy PLC. */

const seeded = seededDatabasePerFile();
const { as } = seeded;
let k2: string;
let k2Meeting: string;
beforeAll(async () => {
  const [team] = await rawRows<{ id: string }>(
    seeded.db,
    sql`select id::text as id from team where name = 'K–2 Literacy PLC'`,
  );
  k2 = team?.id ?? "";
  const [meeting] = await rawRows<{ id: string }>(
    seeded.db,
    sql`select id::text as id from support_meeting where team_id = ${k2} limit 1`,
  );
  k2Meeting = meeting?.id ?? "";
});

describe("teamRelation on the K–2 Literacy PLC", () => {
  const cases: [string, TeamRelation | null, boolean][] = [
    [demoPeople.coach.email, "facilitator", true],
    [demoPeople.teacher.email, "member", false],
    [demoPeople.principal.email, "principal", false],
    [demoPeople.admin.email, "principal", false],
    [demoPeople.teacherLeader.email, null, false],
    ["leah.whitfield@maplevalley.test", null, false],
    // The middle school's principal has nothing to do with an elementary team.
    ["sandra.villanueva@maplevalley.test", null, false],
  ];
  test.each(cases)("%s is %s (runs: %s)", async (email, relation, runs) => {
    const found = await as(email, (tx, who) =>
      teamRelation(tx, { personId: who.personId, teamId: k2 }),
    );
    expect(found).toBe(relation);
    expect(mayRun(found)).toBe(runs);
  });

  test("a coach of the school who does not facilitate the team is a coach", async () => {
    const [coach] = await rawRows<{ email: string }>(
      seeded.db,
      sql`select p.email from person p
          join role_membership r on r.district_id = p.district_id and r.person_id = p.id
          where r.role = 'coach' and p.email = 'theresa.lam@maplevalley.test'`,
    );
    if (!coach) return;
    const found = await as(coach.email, (tx, who) =>
      teamRelation(tx, { personId: who.personId, teamId: k2 }),
    );
    expect(found === "coach" || found === null).toBe(true);
  });

  test("meetingRelation finds the meeting's team; another district sees nothing", async () => {
    const mine = await as(demoPeople.coach.email, (tx, who) =>
      meetingRelation(tx, { personId: who.personId, meetingId: k2Meeting }),
    );
    expect(mine?.meeting.teamId).toBe(k2);
    expect(mine?.relation).toBe("facilitator");
    const foreign = await as("coach@cedarridge.test", (tx, who) =>
      meetingRelation(tx, { personId: who.personId, meetingId: k2Meeting }),
    );
    expect(foreign).toBeNull();
  });
});
