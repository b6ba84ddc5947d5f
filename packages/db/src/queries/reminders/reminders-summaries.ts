import { weeklySummaryDue } from "@throughline/domain/rules/reminders";
import type { Transaction } from "../../client.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { sendCaseloadSummaries } from "./reminders-caseload-summary.ts";
import { sendSchoolSummaries } from "./reminders-school-summary.ts";

/** Monday from 07:00 local: each coach's caseload flags, each principal's week of meetings. */
export async function sendWeeklySummaries(
  tx: Transaction,
  context: ReminderContext,
): Promise<number> {
  const due = weeklySummaryDue(context.now, context.timeZone);
  if (!due) return 0;
  return (
    (await sendCaseloadSummaries(tx, context, due.caseloadKey)) +
    (await sendSchoolSummaries(tx, context, due.schoolKey))
  );
}
