import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The catalogue as a district's PD admin runs it: events with field-named refusals, more seats
 * going to the waitlist, attendance credited in the teacher's transcript, and cancelling.
 */
const api = testApiPerFile();
const admin = () => api.callerFor(demoEmail.admin);

function fields(overrides: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  return {
    title: "Workshop: anchor charts",
    description: "Make one anchor chart for a unit you teach this month.",
    kind: "workshop" as const,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000),
    location: "District Office",
    joinUrl: null,
    seatLimit: 1,
    pdMinutes: 120,
    indicatorIds: [],
    gradeBands: [],
    subjects: [],
    ...overrides,
  };
}

describe("catalogue events", () => {
  it("names the field of a bad event", async () => {
    const caller = await admin();
    const backwards = fields();
    const ended = await refusalOf(
      caller.catalogueAdmin.createEvent({
        ...backwards,
        endsAt: new Date(backwards.startsAt.getTime() - 1),
      }),
    );
    expect(ended.code).toBe("BAD_REQUEST");
    expect(ended.fieldErrors?.map((problem) => problem.path)).toEqual(["endsAt"]);
    const nowhere = await refusalOf(caller.catalogueAdmin.createEvent(fields({ location: "" })));
    expect(nowhere.fieldErrors?.map((problem) => problem.path)).toEqual(["location"]);
    const [foreign] = await rawRows<{ id: string }>(
      api.db,
      sql`select i.id::text as id from indicator i join district d on d.id = i.district_id
          where d.slug = 'cedar-ridge' limit 1`,
    );
    const elsewhere = await refusalOf(
      caller.catalogueAdmin.createEvent(fields({ indicatorIds: [foreign?.id] })),
    );
    expect(elsewhere.fieldErrors?.map((problem) => problem.path)).toEqual(["indicatorIds"]);
  });

  it("gives added seats to the waitlist in order, and never takes a seat away", async () => {
    const caller = await admin();
    const { eventId } = await caller.catalogueAdmin.createEvent(fields());
    const people = [demoEmail.teacher, demoEmail.leader, demoEmail.middleTeacher];
    for (const email of people) await (await api.callerFor(email)).catalogue.register({ eventId });

    const tooFew = await refusalOf(
      caller.catalogueAdmin.updateEvent({ eventId, event: fields({ seatLimit: 0 }) }),
    );
    expect(tooFew.code).toBe("BAD_REQUEST");
    expect(
      await caller.catalogueAdmin.updateEvent({ eventId, event: fields({ seatLimit: 2 }) }),
    ).toEqual({
      promoted: 1,
    });
    const rows = await caller.catalogueAdmin.registrations({ eventId });
    expect(rows.map((row) => [row.email, row.status, row.waitlistPosition])).toEqual([
      [demoEmail.teacher, "registered", null],
      [demoEmail.leader, "registered", null],
      [demoEmail.middleTeacher, "waitlisted", 1],
    ]);
    expect(rows[1]?.promotedAt).toBeInstanceOf(Date);
  });

  it("credits attended minutes in the teacher's transcript", async () => {
    const caller = await admin();
    const { eventId } = await caller.catalogueAdmin.createEvent(fields({ seatLimit: 5 }));
    const maria = await api.callerFor(demoEmail.teacher);
    await maria.catalogue.register({ eventId });
    const before = await maria.transcript.mine({ schoolYear: undefined });
    const [seat] = await caller.catalogueAdmin.registrations({ eventId });
    if (!seat) throw new Error("Maria has a seat");
    await caller.catalogueAdmin.markAttendance({ registrationId: seat.id, attended: true });
    const after = await maria.transcript.mine();
    const line = after.activities.find(
      (activity) => activity.title === "Workshop: Workshop: anchor charts",
    );
    expect(line?.minutes).toBe(120);
    // The event is in 3 days; it may fall in the next school year only around July 1.
    if (line?.schoolYear === before.schoolYear) {
      expect(after.totals.byKind.workshop.minutes).toBe(
        before.totals.byKind.workshop.minutes + 120,
      );
    }
    // An attended seat is not the teacher's to cancel any more.
    expect(await codeOf(maria.catalogue.cancel({ eventId }))).toBe("BAD_REQUEST");
  });

  it("cancels an event: everyone holding a place is told, and the catalogue drops it", async () => {
    const caller = await admin();
    const { eventId } = await caller.catalogueAdmin.createEvent(fields());
    await (await api.callerFor(demoEmail.teacher)).catalogue.register({ eventId });
    await (await api.callerFor(demoEmail.leader)).catalogue.register({ eventId });
    expect(await caller.catalogueAdmin.cancelEvent({ eventId })).toEqual({ told: 2 });
    const kinds = await rawRows<{ kind: string }>(
      api.db,
      sql`select kind::text as kind from notification where subject_id::text = ${eventId}
          and kind = 'catalogue_cancelled'`,
    );
    expect(kinds).toHaveLength(2);
    const search = await (await api.callerFor(demoEmail.teacher)).catalogue.search({});
    expect(search.items.map((item) => item.id)).not.toContain(eventId);
    expect(
      await codeOf((await api.callerFor(demoEmail.teacher)).catalogue.register({ eventId })),
    ).toBe("BAD_REQUEST");
  });

  it("is the district admin's: a principal is refused", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    expect(await codeOf(principal.catalogueAdmin.events())).toBe("FORBIDDEN");
  });
});
