import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * Mentoring through the router: who may assign, who may read and write the log and the
 * checklist, and that the notes follow the coaching rule (principals and district admins never
 * read them; private notes are the mentor's alone). Maria (the demo teacher) mentors Jamal, a
 * teacher of her school; Kevin, another teacher of it, mentors no one of theirs here.
 */

const api = testApiPerFile();

const SHARED = "We planned the phonics block; chunking after each sound works.";
const PRIVATE = "Jamal is overwhelmed by duty rosters: raise it with the principal gently.";
const JAMAL = "jamal.washington@maplevalley.test";

type Caller = Awaited<ReturnType<typeof api.callerFor>>;
let principal: Caller;
let admin: Caller;
let maria: Caller;
let jamal: Caller;
let kevin: Caller;
let schoolId: string;
let mariaId: string;
let jamalId: string;
let assignmentId: string;

const idOf = async (caller: Caller) => (await caller.viewer.me()).person.id;

beforeAll(async () => {
  principal = await api.callerFor("principal@maplevalley.test");
  admin = await api.callerFor("admin@maplevalley.test");
  maria = await api.callerFor("teacher@maplevalley.test");
  jamal = await api.callerFor(JAMAL);
  kevin = await api.callerFor("leader@maplevalley.test");
  const me = await principal.viewer.me();
  schoolId = me.roles.find((role) => role.role === "principal")?.schoolId ?? "";
  mariaId = await idOf(maria);
  jamalId = await idOf(jamal);
});

describe("assigning mentors", () => {
  it("offers the school's unmentored teachers and the district's teachers and coaches", async () => {
    const page = await principal.mentoring.school({ schoolId });
    expect(page.teachers.map((t) => t.id)).toContain(jamalId);
    expect(page.mentors.map((m) => m.displayName)).toEqual(
      expect.arrayContaining(["Maria Delgado", "Janelle Brooks", "Leah Whitfield"]),
    );
    expect(page.mentors.map((m) => m.displayName)).not.toContain("Robert Okafor");
  });

  it("lets the principal assign a mentor to a teacher of their school", async () => {
    const assigned = await principal.mentoring.assign({
      mentorId: mariaId,
      menteeId: jamalId,
      startedOn: "2026-09-01",
    });
    assignmentId = assigned.assignmentId;
    const page = await principal.mentoring.school({ schoolId });
    const row = page.rows.find((r) => r.assignment.mentee.id === jamalId);
    expect(row?.assignment.mentor.displayName).toBe("Maria Delgado");
    expect(row?.checklist).toEqual({ done: 0, total: 7 });
    expect(page.teachers.map((t) => t.id)).not.toContain(jamalId);
  });

  it("refuses a second mentor while the first is assigned, naming the mentee", async () => {
    const kevinId = await idOf(kevin);
    const refused = await refusalOf(
      admin.mentoring.assign({ mentorId: kevinId, menteeId: jamalId, startedOn: "2026-09-02" }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.fieldErrors?.[0]?.path).toBe("menteeId");
  });

  it("refuses a mentor who neither teaches nor coaches, and a teacher mentoring themselves", async () => {
    const principalId = await idOf(principal);
    const kevinId = await idOf(kevin);
    const notTeaching = await refusalOf(
      principal.mentoring.assign({
        mentorId: principalId,
        menteeId: kevinId,
        startedOn: "2026-09-01",
      }),
    );
    expect(notTeaching).toMatchObject({ code: "BAD_REQUEST", fieldErrors: [{ path: "mentorId" }] });
    const self = await refusalOf(
      principal.mentoring.assign({ mentorId: kevinId, menteeId: kevinId, startedOn: "2026-09-01" }),
    );
    expect(self.fieldErrors).toEqual([
      { path: "mentorId", message: "A teacher cannot mentor themselves" },
    ]);
  });

  it("refuses another school's principal, and a teacher, and a mentee who does not teach", async () => {
    const sandra = await api.callerFor("sandra.villanueva@maplevalley.test");
    const kevinId = await idOf(kevin);
    expect(
      await codeOf(
        sandra.mentoring.assign({ mentorId: mariaId, menteeId: kevinId, startedOn: "2026-09-01" }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf(sandra.mentoring.school({ schoolId }))).toBe("FORBIDDEN");
    expect(await codeOf(maria.mentoring.school({ schoolId }))).toBe("FORBIDDEN");
    const coach = await api.callerFor("coach@maplevalley.test");
    const coachId = await idOf(coach);
    const notTeacher = await refusalOf(
      admin.mentoring.assign({ mentorId: mariaId, menteeId: coachId, startedOn: "2026-09-01" }),
    );
    expect(notTeacher.code).toBe("FORBIDDEN"); // a coach teaches at no school the admin could name
  });
});

describe("the mentor's log and checklist", () => {
  let conversationId: string;

  it("lists the mentee for the mentor, with their path, checklist and log", async () => {
    const mentees = await maria.mentoring.myMentees();
    expect(mentees.map((row) => row.assignment.mentee.id)).toEqual([jamalId]);
    const page = await maria.mentoring.mentee({ menteeId: jamalId });
    expect(page.path.person.id).toBe(jamalId);
    expect(page.checklist[0]).toMatchObject({ title: "Meet your mentor", dueOn: "2026-09-08" });
    expect(page.conversations).toEqual([]);
  });

  it("logs a conversation with shared and private notes, and tells the mentee", async () => {
    const before = await jamal.notifications.centre({});
    const logged = await maria.mentoring.logConversation({
      menteeId: jamalId,
      heldOn: "2026-09-08",
      topic: "Phonics block",
      sharedNotes: SHARED,
      privateNotes: PRIVATE,
      nextSteps: "Try the sound wall",
    });
    conversationId = logged.conversationId;
    const [entry] = (await maria.mentoring.mentee({ menteeId: jamalId })).conversations;
    expect(entry).toMatchObject({
      topic: "Phonics block",
      sharedNotes: SHARED,
      privateNotes: PRIVATE,
    });
    const after = await jamal.notifications.centre({});
    expect(after.unread).toBe(before.unread + 1);
    expect(after.items[0]).toMatchObject({
      kind: "mentoring_logged",
      title: "Maria Delgado logged your mentoring conversation",
    });
    expect(after.items[0]?.link).toEqual({ app: "teacher", path: "/mentoring" });
  });

  it("shows the mentee the shared notes and next steps, never the private notes", async () => {
    const mine = await jamal.mentoring.mine();
    expect(mine.assignment?.mentor.id).toBe(mariaId);
    expect(mine.conversations).toEqual([
      expect.objectContaining({
        sharedNotes: SHARED,
        nextSteps: "Try the sound wall",
        privateNotes: null,
      }),
    ]);
    expect(JSON.stringify(mine)).not.toContain(PRIVATE);
  });

  it("never shows a principal or the district admin either note", async () => {
    for (const leader of [principal, admin]) {
      const page = await leader.mentoring.school({ schoolId });
      const text = JSON.stringify(page);
      expect(text).not.toContain(SHARED);
      expect(text).not.toContain(PRIVATE);
      expect(await codeOf(leader.mentoring.mentee({ menteeId: jamalId }))).toBe("NOT_FOUND");
      const mine = await leader.mentoring.mine();
      expect(JSON.stringify(mine)).not.toContain(SHARED);
    }
  });

  it("refuses another teacher everything of the mentee, and the mentee writing the log", async () => {
    expect(await codeOf(kevin.mentoring.mentee({ menteeId: jamalId }))).toBe("NOT_FOUND");
    const conversation = {
      menteeId: jamalId,
      heldOn: "2026-09-09",
      topic: "Hello",
      sharedNotes: null,
      privateNotes: null,
      nextSteps: null,
    };
    expect(await codeOf(kevin.mentoring.logConversation(conversation))).toBe("NOT_FOUND");
    expect(await codeOf(jamal.mentoring.logConversation(conversation))).toBe("NOT_FOUND");
    const { menteeId: _, ...fields } = conversation;
    expect(await codeOf(jamal.mentoring.editConversation({ conversationId, ...fields }))).toBe(
      "NOT_FOUND",
    );
    const items = (await jamal.mentoring.mine()).checklist;
    expect(
      await codeOf(
        kevin.mentoring.tick({ menteeId: jamalId, itemId: items[0]?.id ?? "", done: true }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("says what is wrong with a conversation, field by field", async () => {
    const refused = await refusalOf(
      maria.mentoring.logConversation({
        menteeId: jamalId,
        heldOn: "2026-08-01",
        topic: "Before",
        sharedNotes: null,
        privateNotes: null,
        nextSteps: null,
      }),
    );
    expect(refused.fieldErrors).toEqual([
      { path: "heldOn", message: "The conversation cannot be before the mentoring started" },
    ]);
    const blank = await refusalOf(
      maria.mentoring.logConversation({
        menteeId: jamalId,
        heldOn: "2026-09-10",
        topic: "  ",
        sharedNotes: null,
        privateNotes: null,
        nextSteps: null,
      }),
    );
    expect(blank.fieldErrors).toEqual([{ path: "topic", message: "Enter a topic" }]);
  });

  it("lets the mentor edit the conversation", async () => {
    await maria.mentoring.editConversation({
      conversationId,
      heldOn: "2026-09-08",
      topic: "Phonics block and the sound wall",
      sharedNotes: SHARED,
      privateNotes: null,
      nextSteps: "Sound wall by Friday",
    });
    const [entry] = (await maria.mentoring.mentee({ menteeId: jamalId })).conversations;
    expect(entry).toMatchObject({ topic: "Phonics block and the sound wall", privateNotes: null });
  });

  it("lets the mentor and the mentee tick items, and the progress shows to the principal", async () => {
    const items = (await maria.mentoring.mentee({ menteeId: jamalId })).checklist;
    await maria.mentoring.tick({ menteeId: jamalId, itemId: items[0]?.id ?? "", done: true });
    await jamal.mentoring.tick({ menteeId: jamalId, itemId: items[1]?.id ?? "", done: true });
    const mine = await jamal.mentoring.mine();
    expect(mine.checklist.slice(0, 2).map((item) => item.done?.by.displayName)).toEqual([
      "Maria Delgado",
      "Jamal Washington",
    ]);
    const row = (await principal.mentoring.school({ schoolId })).rows.find(
      (r) => r.assignment.mentee.id === jamalId,
    );
    expect(row?.checklist).toEqual({ done: 2, total: 7 });
    await jamal.mentoring.tick({ menteeId: jamalId, itemId: items[1]?.id ?? "", done: false });
    expect((await jamal.mentoring.mine()).checklist[1]?.done).toBeNull();
  });
});

describe("ending a mentoring", () => {
  it("refuses an end before the start, then ends it: the mentor loses the mentee, the mentee keeps the log", async () => {
    const early = await refusalOf(principal.mentoring.end({ assignmentId, endedOn: "2026-08-01" }));
    expect(early.fieldErrors?.[0]?.path).toBe("endedOn");
    await principal.mentoring.end({ assignmentId, endedOn: "2026-12-01" });
    expect(await maria.mentoring.myMentees()).toEqual([]);
    expect(await codeOf(maria.mentoring.mentee({ menteeId: jamalId }))).toBe("NOT_FOUND");
    const mine = await jamal.mentoring.mine();
    expect(mine.assignment).toBeNull();
    expect(mine.conversations.map((c) => c.sharedNotes)).toEqual([SHARED]);
    expect(await codeOf(principal.mentoring.end({ assignmentId, endedOn: "2026-12-02" }))).toBe(
      "CONFLICT",
    );
  });
});
