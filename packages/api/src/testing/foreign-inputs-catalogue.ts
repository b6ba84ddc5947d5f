import type { ForeignIds } from "./foreign-ids.ts";

/** A catalogue event of the district (seeded in every demo district), a week from now. */
function eventFields(foreign: ForeignIds) {
  const startsAt = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  return {
    title: "Questioning that sticks",
    description: "A workshop on higher-order questions.",
    kind: "workshop",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000),
    location: "District Office",
    joinUrl: null,
    seatLimit: 20,
    pdMinutes: 60,
    indicatorIds: [foreign.indicatorId],
    gradeBands: ["3_5"],
    subjects: ["ela"],
  };
}

/** The catalogue's procedures aimed at another district's sessions, events and registrations. */
export const catalogueInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "catalogue.search": (foreign) => ({ indicatorId: foreign.indicatorId, text: "questions" }),
  "catalogue.register": (foreign) => ({ eventId: foreign.catalogueEventId }),
  "catalogue.cancel": (foreign) => ({ eventId: foreign.catalogueEventId }),
  "catalogueAdmin.session": (foreign) => ({ sessionId: foreign.sessionId }),
  // Not elective: making the sample session open to every teacher would change what the matrix
  // finds for the MicroPD procedures that run after this one.
  "catalogueAdmin.saveSession": (foreign) => ({
    sessionId: foreign.sessionId,
    elective: false,
    gradeBands: ["3_5"],
    subjects: ["math"],
  }),
  "catalogueAdmin.createEvent": eventFields,
  "catalogueAdmin.updateEvent": (foreign) => ({
    eventId: foreign.catalogueEventId,
    event: eventFields(foreign),
  }),
  "catalogueAdmin.cancelEvent": (foreign) => ({ eventId: foreign.catalogueEventId }),
  "catalogueAdmin.registrations": (foreign) => ({ eventId: foreign.catalogueEventId }),
  "catalogueAdmin.markAttendance": (foreign) => ({
    registrationId: foreign.eventRegistrationId,
    attended: true,
  }),
};
