import { type MentoringViewer, mentoringAccess } from "@throughline/domain/mentoring-access";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor } from "../../testing.ts";
import { demoViewerOfEachKind } from "../../testing-seeded.ts";
import { checklistOf, checklistProgress, setChecklistTick } from "./induction-checklist.ts";
import { insertAssignment, openAssignmentOf } from "./mentor-assignments.ts";
import {
  conversationsOfMentee,
  insertConversation,
  visibleConversations,
} from "./mentoring-conversations.ts";

/*
 * The mentoring log's SQL visibility against the domain rule: for a conversation the demo
 * teacher logged as Jamal's mentor, every kind of viewer gets the access `mentoringAccess` gives
 * their relation, and the shared and private notes exactly when it says so.
 */

const SHARED = "Talked through the first week's routines; the line-up works.";
const PRIVATE = "Seems tired: check in about the workload next time.";
const JAMAL = "jamal.washington@maplevalley.test";

let handle: DatabaseHandle;
let mentorId: string;
let menteeId: string;
let conversationId: string;

/** Whom each demo viewer is to Jamal's mentoring, from the facts of the demo district. */
const expectedRelation: Record<string, MentoringViewer> = {
  [demoPeople.teacher.email]: "mentor",
  [demoPeople.principal.email]: "leader", // Jamal teaches at her school
  [demoPeople.admin.email]: "leader",
  [demoPeople.coach.email]: "other",
  [demoPeople.teacherLeader.email]: "other",
  "sandra.villanueva@maplevalley.test": "other",
  "leah.whitfield@maplevalley.test": "other",
  [JAMAL]: "mentee",
};

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  const mentor = await membershipFor(handle.db, demoPeople.teacher.email);
  mentorId = mentor.personId;
  menteeId = (await membershipFor(handle.db, JAMAL)).personId;
  await withTenant(handle.db, mentor.districtId, async (tx) => {
    const assignmentId = await insertAssignment(tx, {
      districtId: mentor.districtId,
      mentorId,
      menteeId,
      startedOn: "2026-09-01",
      assignedById: mentorId,
    });
    conversationId = await insertConversation(tx, {
      districtId: mentor.districtId,
      assignmentId,
      input: {
        heldOn: "2026-09-08",
        topic: "First week",
        sharedNotes: SHARED,
        privateNotes: PRIVATE,
        nextSteps: "Try the exit ticket",
      },
    });
  });
});
afterAll(() => handle.close());

describe("visibleConversations agrees with mentoringAccess", () => {
  test.each([...demoViewerOfEachKind, JAMAL])("for %s", async (email) => {
    const who = await membershipFor(handle.db, email);
    const relation = expectedRelation[email] ?? "other";
    await withTenant(handle.db, who.districtId, async (tx) => {
      const visible = visibleConversations(tx, who.personId);
      const [row] = await tx
        .select({
          relation: visible.relation,
          access: visible.access,
          sharedNotes: visible.sharedNotes,
          privateNotes: visible.privateNotes,
        })
        .from(visible)
        .where(eq(visible.id, conversationId));
      const log = mentoringAccess(relation, "conversation");
      expect({ email, access: row?.access ?? "none" }).toEqual({ email, access: log });
      if (row) expect(row.relation).toBe(relation);
      expect(row?.sharedNotes ?? null).toBe(log === "content" ? SHARED : null);
      const own = mentoringAccess(relation, "private_notes");
      expect(row?.privateNotes ?? null).toBe(own === "content" ? PRIVATE : null);
    });
  });

  test("a viewer of another district does not know of the conversation", async () => {
    const other = await membershipFor(handle.db, demoPeople.cedarRidgeCoach.email);
    const rows = await withTenant(handle.db, other.districtId, (tx) =>
      conversationsOfMentee(tx, { viewerId: other.personId, menteeId }),
    );
    expect(rows).toEqual([]);
  });
});

describe("the induction checklist", () => {
  test("every district starts with the default items, in order, due from the start", async () => {
    const mentor = await membershipFor(handle.db, demoPeople.teacher.email);
    await withTenant(handle.db, mentor.districtId, async (tx) => {
      const items = await checklistOf(tx, { menteeId, startedOn: "2026-09-01" });
      expect(items[0]).toMatchObject({
        title: "Meet your mentor",
        dueOn: "2026-09-08",
        done: null,
      });
      expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i + 1));
      expect(items.length).toBeGreaterThanOrEqual(5);
    });
  });

  test("a tick counts once, keeps who ticked it, and an untick takes it back", async () => {
    const mentor = await membershipFor(handle.db, demoPeople.teacher.email);
    await withTenant(handle.db, mentor.districtId, async (tx) => {
      const [first] = await checklistOf(tx, { menteeId, startedOn: null });
      if (!first) throw new Error("The district has no checklist.");
      const tick = {
        districtId: mentor.districtId,
        menteeId,
        itemId: first.id,
        tickedById: mentorId,
      };
      await setChecklistTick(tx, { ...tick, done: true, today: "2026-09-02" });
      await setChecklistTick(tx, { ...tick, done: true, today: "2026-09-03" });
      const [done] = await checklistOf(tx, { menteeId, startedOn: null });
      expect(done?.done).toEqual({
        on: "2026-09-02",
        by: { id: mentorId, displayName: "Maria Delgado" },
      });
      expect((await checklistProgress(tx, [menteeId])).doneBy.get(menteeId)).toBe(1);
      await setChecklistTick(tx, { ...tick, done: false, today: "2026-09-03" });
      expect((await checklistProgress(tx, [menteeId])).doneBy.get(menteeId)).toBeUndefined();
      expect((await openAssignmentOf(tx, menteeId))?.mentor.id).toBe(mentorId);
    });
  });
});
