import type { Transaction } from "../../client.ts";
import { loadReminderSettings } from "./reminder-settings.ts";
import { remindAfterLesson } from "./reminders-after-lesson.ts";
import { remindCommitments } from "./reminders-commitments.ts";
import { remindMeetings } from "./reminders-meetings.ts";
import { nudgeMicroPd } from "./reminders-nudges.ts";
import { remindReviewWaiting } from "./reminders-review-waiting.ts";
import { sendWeeklySummaries } from "./reminders-summaries.ts";
import { remindWorkshops } from "./reminders-workshops.ts";

/**
 * Writes the reminders and summaries that are due at `now` for one district (meeting reminders,
 * commitments due, MicroPD nudges, workshops coming up, weekly summaries, after-lesson
 * reflections), each with a dedupe key so running it again writes nothing twice. Returns how
 * many notifications were written.
 * Runs inside the district's tenant transaction, so every query sees that district only.
 */
export async function scheduleDueReminders(
  tx: Transaction,
  districtId: string,
  now: Date,
): Promise<number> {
  const settings = await loadReminderSettings(tx, districtId);
  const context = {
    districtId,
    now,
    timeZone: settings.timeZone,
    meetingReminderMinutes: settings.meetingReminderMinutes,
    holidays: settings.holidays,
  };
  // One after another: they share the transaction's connection.
  let written = 0;
  written += await remindMeetings(tx, context);
  written += await remindCommitments(tx, context);
  written += await nudgeMicroPd(tx, context);
  written += await remindWorkshops(tx, context);
  written += await sendWeeklySummaries(tx, context);
  written += await remindReviewWaiting(tx, context);
  written += await remindAfterLesson(tx, context);
  return written;
}
