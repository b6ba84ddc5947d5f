import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The notification centre and email choices through the real router. Janelle coaches Maria's
 * cohort; her comments on Maria's plan reach Maria as `coach_comment` notifications.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal" | "otherDistrictCoach", TestPerson>;
let planId: string;

async function janelleComments(body: string): Promise<string> {
  const janelle = await district.callerFor(people.coach);
  const { commentId } = await janelle.actionPlan.comment({ planId, body });
  return commentId;
}

// Maria, enrolled in Janelle's cohort with a plan for its stage; her principal; a coach of
// another district.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeacher({
    teacher: "Maria Delgado",
    coach: "Janelle Brooks",
  });
  const elsewhere = await testDistrict(api);
  people = { ...world, otherDistrictCoach: await elsewhere.person({ role: "coach" }) };
  const maria = await district.callerFor(world.teacher);
  ({ planId } = await maria.actionPlan.save({
    stageId: world.cohort.stageId,
    goal: "Every student answers in full sentences",
    indicatorIds: [],
  }));
});

describe("the notification centre", () => {
  it("shows a coach's comment to the teacher, unread, linking to the comment", async () => {
    const maria = await district.callerFor(people.teacher);
    const before = await maria.notifications.centre({});
    const commentId = await janelleComments("Nice work on the exit tickets.");
    const after = await maria.notifications.centre({ limit: 8 });
    expect(after.unread).toBe(before.unread + 1);
    expect(after.items[0]).toMatchObject({
      kind: "coach_comment",
      title: "Janelle Brooks commented on your action plan",
      body: "Nice work on the exit tickets.",
      readAt: null,
    });
    expect(after.items[0]?.link.app).toBe("teacher");
    expect(after.items[0]?.link.path).toMatch(new RegExp(`#comment-${commentId}$`));
  });

  it("pages newest first with `before`, and filters unread ones", async () => {
    await janelleComments("Second comment.");
    await janelleComments("Third comment.");
    const maria = await district.callerFor(people.teacher);
    const first = await maria.notifications.centre({ limit: 2 });
    expect(first.items.map((item) => item.body)).toEqual(["Third comment.", "Second comment."]);
    expect(first.hasMore).toBe(true);
    const next = await maria.notifications.centre({
      limit: 2,
      before: first.items[1]?.createdAt,
    });
    // Before the first comment there is only the notice her enrolment sent.
    expect(next.items.map((item) => item.body)).toEqual([
      "Nice work on the exit tickets.",
      expect.stringMatching(/is open for you\.$/),
    ]);
    expect(next.hasMore).toBe(false);
  });

  it("marks one read, then all read", async () => {
    const maria = await district.callerFor(people.teacher);
    const { items, unread } = await maria.notifications.centre({});
    const newest = items[0]?.id ?? "";
    await maria.notifications.markRead({ notificationId: newest });
    // Marking it again is harmless.
    await maria.notifications.markRead({ notificationId: newest });
    const afterOne = await maria.notifications.centre({});
    expect(afterOne.unread).toBe(unread - 1);
    expect(afterOne.items[0]?.readAt).toBeInstanceOf(Date);
    const onlyUnread = await maria.notifications.centre({ unreadOnly: true });
    expect(onlyUnread.items.map((item) => item.id)).not.toContain(newest);

    expect(await maria.notifications.markAllRead()).toEqual({ marked: unread - 1 });
    expect((await maria.notifications.centre({})).unread).toBe(0);
  });

  it("refuses to mark another person's notification, in or across districts", async () => {
    await janelleComments("For Maria only.");
    const [row] = await rawRows<{ id: string }>(
      api.db,
      sql`select n.id::text as id from notification n
          join person p on p.district_id = n.district_id and p.id = n.recipient_id
          where p.email = ${people.teacher.email} and n.read_at is null limit 1`,
    );
    const notificationId = row?.id ?? "";
    const janelle = await district.callerFor(people.coach);
    const cedar = await api.callerFor(people.otherDistrictCoach.email);
    expect(await codeOf(janelle.notifications.markRead({ notificationId }))).toBe("NOT_FOUND");
    expect(await codeOf(cedar.notifications.markRead({ notificationId }))).toBe("NOT_FOUND");
    // Nobody else's "mark all" touches it, and nobody else sees it.
    await cedar.notifications.markAllRead();
    await janelle.notifications.markAllRead();
    const [still] = await rawRows<{ read_at: Date | null }>(
      api.db,
      sql`select read_at from notification where id = ${notificationId}`,
    );
    expect(still?.read_at).toBeNull();
    const cedarCentre = await cedar.notifications.centre({ limit: 100 });
    expect(cedarCentre.items.map((item) => item.id)).not.toContain(notificationId);
    const janelleCentre = await janelle.notifications.centre({ limit: 100 });
    expect(janelleCentre.items.map((item) => item.id)).not.toContain(notificationId);
  });

  it("refuses a malformed id naming the field", async () => {
    const maria = await district.callerFor(people.teacher);
    const refusal = await refusalOf(maria.notifications.markRead({ notificationId: "nope" }));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((error) => error.path)).toContain("notificationId");
  });

  it("needs a signed-in person", async () => {
    expect(await codeOf(api.anonymous().notifications.centre({}))).toBe("UNAUTHORIZED");
  });
});

describe("email preferences", () => {
  it("lists the kinds each person can receive, with defaults and the district's time zone", async () => {
    const maria = await (await district.callerFor(people.teacher)).notifications.preferences();
    const kinds = maria.kinds.map((entry) => entry.kind);
    expect(kinds).toContain("coach_comment");
    expect(kinds).not.toContain("teacher_reply");
    expect(kinds).not.toContain("school_summary");
    expect(maria.kinds.every((entry) => entry.emailMode === "immediate")).toBe(true);
    expect(maria).toMatchObject({
      emailEvenings: false,
      emailWeekends: false,
      timeZone: "America/Chicago",
    });

    const janelle = await (await district.callerFor(people.coach)).notifications.preferences();
    expect(janelle.kinds.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(["teacher_reply", "step_stuck", "caseload_summary"]),
    );
    const principal = await (
      await district.callerFor(people.principal)
    ).notifications.preferences();
    expect(principal.kinds.map((entry) => entry.kind)).toContain("school_summary");
    expect(principal.kinds.map((entry) => entry.kind)).not.toContain("coach_comment");
  });

  it("round-trips a person's choices and quiet-hours flags", async () => {
    const maria = await district.callerFor(people.teacher);
    await maria.notifications.savePreferences({
      emailModes: { coach_comment: "daily_digest", meeting_reminder: "off" },
      emailEvenings: true,
      emailWeekends: false,
    });
    const saved = await maria.notifications.preferences();
    const modeOf = (kind: string) => saved.kinds.find((entry) => entry.kind === kind)?.emailMode;
    expect(modeOf("coach_comment")).toBe("daily_digest");
    expect(modeOf("meeting_reminder")).toBe("off");
    expect(modeOf("observation_published")).toBe("immediate");
    expect(saved.emailEvenings).toBe(true);

    // Saving again updates rather than duplicating.
    await maria.notifications.savePreferences({
      emailModes: { coach_comment: "immediate" },
      emailEvenings: false,
      emailWeekends: true,
    });
    const again = await maria.notifications.preferences();
    expect(again.kinds.find((entry) => entry.kind === "coach_comment")?.emailMode).toBe(
      "immediate",
    );
    expect(again.kinds.find((entry) => entry.kind === "meeting_reminder")?.emailMode).toBe("off");
    expect(again).toMatchObject({ emailEvenings: false, emailWeekends: true });

    // The next notification follows the choice.
    await maria.notifications.savePreferences({
      emailModes: { coach_comment: "daily_digest" },
      emailEvenings: false,
      emailWeekends: false,
    });
    await janelleComments("After the digest choice.");
    const [row] = await rawRows<{ email_mode: string; email_after: Date | null }>(
      api.db,
      sql`select email_mode::text as email_mode, email_after from notification
          where body = 'After the digest choice.'`,
    );
    expect(row).toEqual({ email_mode: "daily_digest", email_after: null });
  });

  it("refuses a coach-only kind for a teacher, naming the field, and saves nothing", async () => {
    const maria = await district.callerFor(people.teacher);
    const refusal = await refusalOf(
      maria.notifications.savePreferences({
        emailModes: { coach_comment: "off", step_stuck: "off" },
        emailEvenings: true,
        emailWeekends: true,
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.map((error) => error.path)).toEqual(["emailModes.step_stuck"]);
    const after = await maria.notifications.preferences();
    expect(after.kinds.find((entry) => entry.kind === "coach_comment")?.emailMode).toBe(
      "daily_digest",
    );
    expect(after.emailWeekends).toBe(false);
  });

  it("refuses an unknown mode naming the field", async () => {
    const maria = await district.callerFor(people.teacher);
    const refusal = await refusalOf(
      maria.notifications.savePreferences({
        // A client sending a mode the schema does not know.
        emailModes: { coach_comment: "hourly" as "off" },
        emailEvenings: false,
        emailWeekends: false,
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.[0]?.path).toBe("emailModes.coach_comment");
  });
});
