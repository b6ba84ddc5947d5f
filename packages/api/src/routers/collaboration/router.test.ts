import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();
let elementaryId: string;
let gradesTeamId: string;
let k2TeamId: string;

beforeAll(async () => {
  const teams = await rawRows<{ id: string; name: string; schoolId: string }>(
    api.db,
    sql`select id::text as id, name, school_id::text as "schoolId" from team`,
  );
  const grades = teams.find((team) => team.name === "Grades 3–5 Team");
  gradesTeamId = grades?.id ?? "";
  elementaryId = grades?.schoolId ?? "";
  k2TeamId = teams.find((team) => team.name === "K–2 Literacy PLC")?.id ?? "";
});

describe("collaboration time", () => {
  it("lists the schools a viewer may plan", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const principal = await api.callerFor(demoEmail.principal);
    expect((await admin.collaboration.schools()).map((school) => school.name)).toEqual([
      "Maple Valley Elementary",
      "Riverside Middle School",
    ]);
    expect((await principal.collaboration.schools()).map((school) => school.name)).toEqual([
      "Maple Valley Elementary",
    ]);
  });

  it("shows the week: the bell day, the seeded block and free teachers per slot", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const week = await admin.collaboration.week({ schoolId: elementaryId });
    expect(week.days).toHaveLength(5);
    expect(week.days[0]).toEqual({ weekday: 1, start: 480, end: 900 });
    expect(week.blocks.map((block) => [block.teamName, block.label])).toEqual([
      ["K–2 Literacy PLC", "Wednesday 2:00 PM–2:45 PM"],
    ]);
    expect(week.freeCounts).toHaveLength(5 * 28);
    // Lunch: every teacher of the school is free.
    const lunch = week.freeCounts.find((slot) => slot.weekday === 1 && slot.start === 720);
    expect(lunch?.free).toBe(week.teacherCount);
  });

  it("proposes windows for the seeded team that never overlap a member's class", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const found = await admin.collaboration.findTime({
      teamId: gradesTeamId,
      minMinutes: 45,
      tolerance: 1,
    });
    const whole = found.windows.filter((window) => window.missing === null);
    expect(whole.map((window) => window.label)).toEqual([
      "Thursday 1:00 PM–2:00 PM",
      "Tuesday 2:00 PM–2:45 PM",
    ]);
    expect(found.windows.find((window) => window.missing)?.missing?.name).toBe("Priya Raman");

    const slots = await rawRows<{ weekday: number; start: number; end: number }>(
      api.db,
      sql`select s.weekday, s.start_minute as start, s.end_minute as "end" from teaching_slot s
          join team_member m on m.person_id = s.person_id
          where m.team_id = ${gradesTeamId}`,
    );
    for (const window of whole) {
      const overlapping = slots.filter(
        (slot) =>
          slot.weekday === window.weekday &&
          slot.start < window.endMinute &&
          window.startMinute < slot.end,
      );
      expect(overlapping).toEqual([]);
    }
  });

  it("schedules a block from the first window, then refuses the same one naming who clashes", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    const { windows } = await principal.collaboration.findTime({
      teamId: gradesTeamId,
      minMinutes: 45,
      tolerance: 0,
    });
    const first = windows[0];
    if (!first) throw new Error("The seeded team should have a common window.");
    const block = {
      teamId: gradesTeamId,
      weekday: first.weekday,
      startMinute: first.startMinute,
      endMinute: first.endMinute,
    };
    const saved = await principal.collaboration.createBlock(block);
    expect(saved).toMatchObject({ label: "Thursday 1:00 PM–2:00 PM", overrodeWarnings: false });

    const again = await refusalOf(principal.collaboration.createBlock(block));
    expect(again.code).toBe("BAD_REQUEST");
    expect(again.fieldErrors).toContainEqual({
      path: "startMinute",
      message: "Kevin Osei is already in the Grades 3–5 Team block on Thursday 1:00 PM–2:00 PM",
    });

    await principal.collaboration.deleteBlock({ blockId: saved.id });
    const week = await principal.collaboration.week({ schoolId: elementaryId });
    expect(week.blocks.map((entry) => entry.teamName)).toEqual(["K–2 Literacy PLC"]);
  });

  it("asks before scheduling over a class, and records the override", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    // Monday block 2: all but Priya Raman are free; she teaches Grade 4 word study then.
    const block = { teamId: gradesTeamId, weekday: 1, startMinute: 585, endMinute: 630 };
    const refused = await refusalOf(principal.collaboration.createBlock(block));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors).toEqual([
      {
        path: "override",
        message: "Priya Raman teaches Grade 4 Word study on Monday 9:45 AM–10:30 AM",
      },
    ]);
    const saved = await principal.collaboration.createBlock({ ...block, override: true });
    expect(saved.overrodeWarnings).toBe(true);
    const [stored] = await rawRows<{ overrode: boolean }>(
      api.db,
      sql`select overrode_warnings as overrode from collaboration_block where id = ${saved.id}`,
    );
    expect(stored?.overrode).toBe(true);
  });

  it("refuses a block outside the school day", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    const refused = await refusalOf(
      principal.collaboration.createBlock({
        teamId: k2TeamId,
        weekday: 2,
        startMinute: 900,
        endMinute: 945,
        override: true,
      }),
    );
    expect(refused.fieldErrors).toEqual([
      {
        path: "startMinute",
        message: "Tuesday 3:00 PM–3:45 PM is outside the school day (Tuesday 8:00 AM–3:00 PM)",
      },
    ]);
  });

  it("refuses a principal of the other school", async () => {
    const other = await api.callerFor(demoEmail.middlePrincipal);
    expect(
      await codeOf(
        other.collaboration.createBlock({
          teamId: gradesTeamId,
          weekday: 2,
          startMinute: 840,
          endMinute: 885,
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf(other.collaboration.week({ schoolId: elementaryId }))).toBe("FORBIDDEN");
    expect(
      await codeOf(
        other.collaboration.findTime({ teamId: gradesTeamId, minMinutes: 45, tolerance: 0 }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("keeps teachers out", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    expect(await codeOf(teacher.collaboration.schools())).toBe("FORBIDDEN");
  });

  it("saves a bell schedule and a teacher's hand-entered timetable", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const teams = await admin.collaboration.teams({ schoolId: elementaryId });
    const kevin = teams
      .find((team) => team.id === gradesTeamId)
      ?.members.find((member) => member.name === "Kevin Osei");
    if (!kevin) throw new Error("Kevin Osei should be on the Grades 3–5 Team.");
    await admin.collaboration.saveTimetable({
      schoolId: elementaryId,
      personId: kevin.personId,
      slots: [{ weekday: 1, label: "Grade 4 Math", startMinute: 630, endMinute: 705 }],
    });
    const timetable = await admin.collaboration.timetable({
      schoolId: elementaryId,
      personId: kevin.personId,
    });
    expect(timetable.slots.map((slot) => slot.label)).toEqual(["Grade 4 Math"]);

    const badRow = await refusalOf(
      admin.collaboration.saveBellSchedule({
        schoolId: elementaryId,
        periods: [{ weekday: 1, name: "Period 1", startMinute: 540, endMinute: 500 }],
      }),
    );
    expect(badRow.fieldErrors?.map((problem) => problem.path)).toEqual(["periods.0.endMinute"]);
    await admin.collaboration.saveBellSchedule({
      schoolId: elementaryId,
      periods: [{ weekday: 1, name: "Whole day", startMinute: 480, endMinute: 900 }],
    });
    const bells = await admin.collaboration.bellSchedule({ schoolId: elementaryId });
    expect(bells.periods.map((period) => period.name)).toEqual(["Whole day"]);
  });

  it("schedules a support meeting into the team's block, and only into its own team's", async () => {
    const coach = await api.callerFor("coach@maplevalley.test");
    const teams = await coach.meetings.schedulableTeams();
    const k2 = teams.find((team) => team.id === k2TeamId);
    expect(k2?.collaborationBlocks.map((block) => block.label)).toEqual([
      "Wednesday 2:00 PM–2:45 PM",
    ]);
    const blockId = k2?.collaborationBlocks[0]?.id ?? "";
    const protocols = await coach.protocols.list();
    const agenda = protocols[0]?.steps.map((step) => step.id).slice(0, 1) ?? [];
    const startsAt = new Date("2031-04-02T19:00:00Z");
    const meeting = {
      teamId: k2TeamId,
      title: "PLC in the protected block",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      location: "Room 108",
      videoUrl: null,
      timeZone: "America/Chicago",
      recurrence: null,
      agenda,
    };
    const { meetingIds } = await coach.meetings.schedule({
      ...meeting,
      collaborationBlockId: blockId,
    });
    const [stored] = await rawRows<{ blockId: string | null }>(
      api.db,
      sql`select collaboration_block_id::text as "blockId" from support_meeting
          where id = ${meetingIds[0] ?? ""}`,
    );
    expect(stored?.blockId).toBe(blockId);

    const leader = await api.callerFor("leader@maplevalley.test");
    const wrongTeam = await refusalOf(
      leader.meetings.schedule({ ...meeting, teamId: gradesTeamId, collaborationBlockId: blockId }),
    );
    expect(wrongTeam.fieldErrors?.map((problem) => problem.path)).toEqual(["collaborationBlockId"]);
  });
});
