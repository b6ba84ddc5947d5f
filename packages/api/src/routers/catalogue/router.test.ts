import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The catalogue as teachers use it: searching, taking an elective without an enrolment (its
 * completion counts in the transcript and the recommendations), and seats with a waitlist
 * that promotes the first person waiting when a seat frees up.
 */
const api = testApiPerFile();
const reflection =
  "I will open tomorrow's lesson with the question stem and have students answer in pairs first.";

const teacher = () => api.callerFor(demoEmail.teacher);
const admin = () => api.callerFor(demoEmail.admin);

/** A session of a stage the teacher has no enrolment in, and its indicators. */
async function sessionOutsideEnrolment(email: string) {
  const [row] = await rawRows<{ id: string; minutes: number }>(
    api.db,
    sql`select s.id::text as id, s.estimated_minutes as minutes from micropd_session s
        join person p on p.district_id = s.district_id and p.email = ${email}
        where not exists (
          select 1 from enrolment e join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          where e.person_id = p.id and c.stage_id = s.stage_id)
          and not exists (select 1 from micropd_progress mp where mp.session_id = s.id and mp.person_id = p.id)
          and exists (select 1 from content_block b where b.session_id = s.id)
        order by s.elective, s.title limit 1`,
  );
  if (!row) throw new Error("The demo has no session outside the teacher's stages.");
  return row;
}

async function createEvent(seatLimit: number, title = "Live session: wait time") {
  const startsAt = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000);
  const { eventId } = await (await admin()).catalogueAdmin.createEvent({
    title,
    description: "Thirty minutes on wait time, live online.",
    kind: "live_session",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 45 * 60_000),
    location: null,
    joinUrl: "https://meet.example.org/wait-time",
    seatLimit,
    pdMinutes: 45,
    indicatorIds: [],
    gradeBands: ["k_2"],
    subjects: ["math"],
  });
  return eventId;
}

async function notificationsOf(email: string, eventId: string) {
  return rawRows<{ kind: string; title: string }>(
    api.db,
    sql`select n.kind::text as kind, n.title from notification n
        join person p on p.district_id = n.district_id and p.id = n.recipient_id
        where p.email = ${email} and n.subject_id::text = ${eventId} order by n.created_at`,
  );
}

let elective: { id: string; minutes: number };

beforeAll(async () => {
  elective = await sessionOutsideEnrolment(demoEmail.teacher);
});

describe("taking an elective", () => {
  it("is refused outside an enrolment until the district makes the session elective", async () => {
    const caller = await teacher();
    expect(await codeOf(caller.micropd.session({ sessionId: elective.id }))).toBe("FORBIDDEN");
    await (await admin()).catalogueAdmin.saveSession({
      sessionId: elective.id,
      elective: true,
      gradeBands: ["k_2", "3_5"],
      subjects: ["math"],
    });
    const view = await caller.micropd.session({ sessionId: elective.id });
    expect(view.session.id).toBe(elective.id);
  });

  it("is found by its filters and not by others", async () => {
    const caller = await teacher();
    const byGrade = await caller.catalogue.search({
      gradeBand: "k_2",
      subject: "math",
      kind: "session",
    });
    expect(byGrade.items.map((item) => item.id)).toContain(elective.id);
    const otherSubject = await caller.catalogue.search({ subject: "arts", kind: "session" });
    // A session tagged with subjects suits only those subjects.
    expect(otherSubject.items.map((item) => item.id)).not.toContain(elective.id);
    const tooShort = await caller.catalogue.search({ maxMinutes: elective.minutes - 1 });
    expect(tooShort.items.map((item) => item.id)).not.toContain(elective.id);
  });

  it("saves progress and completes, counting toward PD hours and leaving the recommendations", async () => {
    const caller = await teacher();
    const before = await caller.transcript.mine();
    await caller.micropd.saveProgress({ sessionId: elective.id, currentBlock: 1 });
    expect((await caller.micropd.session({ sessionId: elective.id })).progress.currentBlock).toBe(
      1,
    );
    const done = await caller.micropd.complete({ sessionId: elective.id, reflection });
    expect(done.creditedMinutes).toBe(elective.minutes);

    const after = await caller.transcript.mine();
    expect(after.totals.byKind.micropd.minutes).toBe(
      before.totals.byKind.micropd.minutes + elective.minutes,
    );
    const search = await caller.catalogue.search({});
    const card = search.items.find((item) => item.id === elective.id);
    expect(card?.kind === "session" && card.completedAt).toBeTruthy();
    const recommended = await caller.recommendations.mine();
    expect(recommended.map((item) => item.sessionId)).not.toContain(elective.id);
  });
});

describe("registering for an event", () => {
  it("gives the last seat to one of two teachers registering at once, the other waits", async () => {
    const eventId = await createEvent(1, "Live session: one seat");
    const [maria, kevin] = await Promise.all([teacher(), api.callerFor(demoEmail.leader)]);
    const answers = await Promise.all([
      maria.catalogue.register({ eventId }),
      kevin.catalogue.register({ eventId }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual(["registered", "waitlisted"]);
    expect(answers.find((answer) => answer.status === "waitlisted")?.waitlistPosition).toBe(1);
  });

  it("promotes the first person waiting when a seat is cancelled, and tells them with an invitation", async () => {
    const eventId = await createEvent(1);
    const maria = await teacher();
    const kevin = await api.callerFor(demoEmail.leader);
    const angela = await api.callerFor(demoEmail.middleTeacher);
    expect((await maria.catalogue.register({ eventId })).status).toBe("registered");
    expect(await kevin.catalogue.register({ eventId })).toEqual({
      status: "waitlisted",
      waitlistPosition: 1,
    });
    expect((await angela.catalogue.register({ eventId })).waitlistPosition).toBe(2);
    // Registering again changes nothing.
    expect((await kevin.catalogue.register({ eventId })).waitlistPosition).toBe(1);

    expect(await maria.catalogue.cancel({ eventId })).toEqual({ promoted: 1 });
    const kevinsView = (await kevin.catalogue.search({ kind: "live_session" })).items.find(
      (item) => item.id === eventId,
    );
    expect(kevinsView?.kind !== "session" && kevinsView?.mine).toEqual({
      status: "registered",
      waitlistPosition: null,
    });
    const angelasView = (await angela.catalogue.search({})).items.find(
      (item) => item.id === eventId,
    );
    expect(angelasView?.kind !== "session" && angelasView?.mine?.waitlistPosition).toBe(1);

    expect((await notificationsOf(demoEmail.leader, eventId)).map((n) => n.kind)).toEqual([
      "catalogue_seat",
    ]);
    expect((await notificationsOf(demoEmail.teacher, eventId)).map((n) => n.kind)).toEqual([
      "catalogue_seat",
      "catalogue_cancelled",
    ]);
    // Kevin's seat is on his calendar; Maria's cancelled one is not on hers.
    expect((await kevin.calendar.upcoming()).map((event) => event.id)).toContain(eventId);
    expect((await maria.calendar.upcoming()).map((event) => event.id)).not.toContain(eventId);
  });

  it("refuses cancelling without a registration, and another district's event", async () => {
    const eventId = await createEvent(3);
    const maria = await teacher();
    expect(await codeOf(maria.catalogue.cancel({ eventId }))).toBe("BAD_REQUEST");
    const cedar = await api.callerFor("aaron.feld@cedarridge.test");
    expect(await codeOf(cedar.catalogue.register({ eventId }))).toBe("NOT_FOUND");
  });
});
