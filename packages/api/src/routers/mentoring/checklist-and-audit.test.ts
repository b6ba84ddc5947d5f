import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The district admin's editor of the induction checklist (add, rename, reorder, retire, each on
 * the audit log), what retiring does to a mentee's checklist, and the audit entries of
 * assigning and ending a mentor.
 */

const api = testApiPerFile();

type Caller = Awaited<ReturnType<typeof api.callerFor>>;
let admin: Caller;
let principal: Caller;
let maria: Caller;
let jamal: Caller;
let mariaId: string;
let jamalId: string;

const idOf = async (caller: Caller) => (await caller.viewer.me()).person.id;
const entriesOf = async (action: string) =>
  (
    await admin.auditLog.list({
      filter: { action: action as "mentoring.ended" },
      page: 1,
    })
  ).entries;

beforeAll(async () => {
  admin = await api.callerFor("admin@maplevalley.test");
  principal = await api.callerFor("principal@maplevalley.test");
  maria = await api.callerFor("teacher@maplevalley.test");
  jamal = await api.callerFor("jamal.washington@maplevalley.test");
  mariaId = await idOf(maria);
  jamalId = await idOf(jamal);
});

describe("the mentor assignment on the audit log", () => {
  it("records assigning and ending a mentor, under the mentee's name", async () => {
    const { assignmentId } = await principal.mentoring.assign({
      mentorId: mariaId,
      menteeId: jamalId,
      startedOn: "2026-09-01",
    });
    const [assigned] = await entriesOf("mentoring.mentor_assigned");
    expect(assigned).toMatchObject({
      actorLabel: "Robert Okafor",
      subjectKind: "person",
      subjectId: jamalId,
      subjectLabel: "Jamal Washington",
      before: null,
      after: { mentor: "Maria Delgado", startedOn: "2026-09-01" },
    });
    expect(assigned?.schoolId).not.toBeNull();
    await principal.mentoring.end({ assignmentId, endedOn: "2026-10-01" });
    const [ended] = await entriesOf("mentoring.ended");
    expect(ended).toMatchObject({
      subjectLabel: "Jamal Washington",
      before: { endedOn: null },
      after: { endedOn: "2026-10-01" },
    });
    // A new mentor after the first (changing mentors) is recorded as its own assignment.
    await principal.mentoring.assign({
      mentorId: mariaId,
      menteeId: jamalId,
      startedOn: "2026-10-02",
    });
    expect(await entriesOf("mentoring.mentor_assigned")).toHaveLength(2);
  });
});

describe("the induction checklist editor", () => {
  let addedId: string;

  it("lists the district's items in order, and refuses principals and teachers", async () => {
    const items = await admin.mentoring.checklist();
    expect(items).toHaveLength(7);
    // The demo's one mentee has met their mentor.
    expect(items[0]).toMatchObject({ title: "Meet your mentor", retired: false, completions: 1 });
    expect(await codeOf(principal.mentoring.checklist())).toBe("FORBIDDEN");
    expect(
      await codeOf(
        maria.mentoring.addChecklistItem({ title: "X", description: null, dueWithinWeeks: null }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("adds an item at the end, names a bad field, and records the addition", async () => {
    const refused = await refusalOf(
      admin.mentoring.addChecklistItem({ title: "  ", description: null, dueWithinWeeks: 60 }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors?.map((error) => error.path).sort()).toEqual([
      "dueWithinWeeks",
      "title",
    ]);
    ({ itemId: addedId } = await admin.mentoring.addChecklistItem({
      title: "Visit a colleague's class",
      description: "Any subject",
      dueWithinWeeks: 8,
    }));
    const items = await admin.mentoring.checklist();
    expect(items.at(-1)).toMatchObject({ id: addedId, title: "Visit a colleague's class" });
    const [entry] = await entriesOf("induction_checklist.item_added");
    expect(entry).toMatchObject({
      subjectKind: "induction_checklist_item",
      subjectId: addedId,
      after: { title: "Visit a colleague's class", due_within_weeks: 8 },
    });
    const mentee = await maria.mentoring.mentee({ menteeId: jamalId });
    expect(mentee.checklist.at(-1)).toMatchObject({ id: addedId, dueOn: "2026-11-27" });
  });

  it("renames an item, recording the old and new title", async () => {
    await admin.mentoring.editChecklistItem({
      itemId: addedId,
      title: "Observe a colleague",
      description: null,
      dueWithinWeeks: null,
    });
    const items = await admin.mentoring.checklist();
    expect(items.at(-1)).toMatchObject({ title: "Observe a colleague", description: "" });
    const [entry] = await entriesOf("induction_checklist.item_updated");
    expect(entry?.before).toMatchObject({ title: "Visit a colleague's class" });
    expect(entry?.after).toMatchObject({ title: "Observe a colleague" });
  });

  it("moves an item up and down, and says when it cannot go further", async () => {
    await admin.mentoring.moveChecklistItem({ itemId: addedId, direction: "up" });
    let titles = (await admin.mentoring.checklist()).map((item) => item.title);
    expect(titles.indexOf("Observe a colleague")).toBe(6);
    expect(titles).toHaveLength(8);
    await admin.mentoring.moveChecklistItem({ itemId: addedId, direction: "down" });
    titles = (await admin.mentoring.checklist()).map((item) => item.title);
    expect(titles.at(-1)).toBe("Observe a colleague");
    const last = await refusalOf(
      admin.mentoring.moveChecklistItem({ itemId: addedId, direction: "down" }),
    );
    expect(last.fieldErrors).toEqual([{ path: "direction", message: "This item is already last" }]);
    expect(await entriesOf("induction_checklist.reordered")).toHaveLength(2);
  });

  it("retires an item: it leaves new checklists, and a mentee who ticked it keeps the tick", async () => {
    const first = (await admin.mentoring.checklist())[0];
    await jamal.mentoring.tick({ menteeId: jamalId, itemId: first?.id ?? "", done: true });
    const before = await maria.mentoring.myMentees();
    expect(before[0]?.checklist).toEqual({ done: 1, total: 8 });

    await admin.mentoring.retireChecklistItem({ itemId: first?.id ?? "", retired: true });
    await admin.mentoring.retireChecklistItem({ itemId: addedId, retired: true });
    const items = await admin.mentoring.checklist();
    expect(items.slice(-2)).toEqual([
      expect.objectContaining({ id: first?.id, retired: true, completions: 2 }),
      expect.objectContaining({ id: addedId, retired: true, completions: 0 }),
    ]);
    const mine = await jamal.mentoring.mine();
    expect(mine.checklist.map((item) => item.id)).toContain(first?.id);
    expect(mine.checklist.map((item) => item.id)).not.toContain(addedId);
    expect(mine.checklist.find((item) => item.id === first?.id)).toMatchObject({
      retired: true,
      done: { by: { displayName: "Jamal Washington" } },
    });
    expect((await maria.mentoring.myMentees())[0]?.checklist).toEqual({ done: 0, total: 6 });
    const untick = await refusalOf(
      jamal.mentoring.tick({ menteeId: jamalId, itemId: first?.id ?? "", done: false }),
    );
    expect(untick.fieldErrors?.[0]?.path).toBe("itemId");
    expect(await entriesOf("induction_checklist.item_retired")).toHaveLength(2);
  });

  it("brings a retired item back at the end, and refuses retiring it twice", async () => {
    await admin.mentoring.retireChecklistItem({ itemId: addedId, retired: false });
    const inUse = (await admin.mentoring.checklist()).filter((item) => !item.retired);
    expect(inUse.at(-1)?.id).toBe(addedId);
    const again = await refusalOf(
      admin.mentoring.retireChecklistItem({ itemId: addedId, retired: false }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", fieldErrors: [{ path: "retired" }] });
  });
});
