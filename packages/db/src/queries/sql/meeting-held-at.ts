import { type SQL, sql } from "drizzle-orm";
import { supportMeeting } from "../../schema/index.ts";

/**
 * When a meeting was held, as the meeting-held rule dates it (domain rules/meeting-held): started,
 * else closed, else scheduled. PD credit, feedback, progress and the lists all place a meeting on
 * that day. A new expression each call, as `mapWith` changes the one it is given.
 */
export function meetingHeldAt(): SQL<Date> {
  return sql<Date>`coalesce(${supportMeeting.startedAt}, ${supportMeeting.closedAt}, ${supportMeeting.startsAt})`;
}
