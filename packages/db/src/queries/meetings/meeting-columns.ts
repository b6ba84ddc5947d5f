import { meetingAgendaItem, supportMeeting, team } from "../../schema/index.ts";

/*
 * A support meeting and its agenda as the calendar, the meeting lists and the meeting room show
 * them; each adds the fields only it needs. The team columns need the meeting joined to its team.
 */

/** A meeting: what, whose team, when, where and whether it is on. */
export const meetingColumns = {
  id: supportMeeting.id,
  title: supportMeeting.title,
  teamName: team.name,
  startsAt: supportMeeting.startsAt,
  endsAt: supportMeeting.endsAt,
  location: supportMeeting.location,
  videoUrl: supportMeeting.videoUrl,
  status: supportMeeting.status,
};

/** One step of a meeting's agenda as it was planned. */
export const agendaItemColumns = {
  id: meetingAgendaItem.id,
  position: meetingAgendaItem.position,
  title: meetingAgendaItem.title,
  purpose: meetingAgendaItem.purpose,
  minutes: meetingAgendaItem.minutes,
  prompts: meetingAgendaItem.prompts,
};
