import { caseloadSummaryText } from "@throughline/domain/notification-text";
import type { CaseloadFlagKind } from "@throughline/domain/rules/caseload-flags";
import { and, eq, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, roleMembership, team } from "../../schema/index.ts";
import { getCaseload } from "../caseload/caseload.ts";
import { notify } from "../notifications/notify.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { alreadyTold } from "./reminders-sent.ts";

/**
 * Coaches and facilitators: how many teachers of their caseload carry each flag, from the same
 * caseload query their caseload page shows, so the summary never names anyone they cannot see.
 */
export async function sendCaseloadSummaries(
  tx: Transaction,
  context: ReminderContext,
  dedupeKey: string,
): Promise<number> {
  const coaches = await tx
    .selectDistinct({ id: person.id })
    .from(person)
    .where(
      and(
        eq(person.active, true),
        or(
          sql`exists (select 1 from ${roleMembership} where ${roleMembership.districtId} = ${person.districtId}
            and ${roleMembership.personId} = ${person.id} and ${roleMembership.role} = 'coach')`,
          sql`exists (select 1 from ${team} where ${team.districtId} = ${person.districtId}
            and ${team.facilitatorId} = ${person.id})`,
        ),
      ),
    );
  const told = await alreadyTold(tx, [dedupeKey]);
  let written = 0;
  for (const coach of coaches) {
    if (told(coach.id, dedupeKey)) continue;
    const caseload = await getCaseload(tx, { personId: coach.id, now: context.now });
    if (caseload.rows.length === 0) continue;
    const counts = new Map<CaseloadFlagKind, number>();
    for (const row of caseload.rows) {
      for (const flag of row.flags) counts.set(flag.kind, (counts.get(flag.kind) ?? 0) + 1);
    }
    const flagged = caseload.rows.filter((row) => row.flags.length > 0).length;
    const text = caseloadSummaryText(caseload.rows.length, counts, flagged);
    written += await notify(
      tx,
      context.districtId,
      {
        recipientIds: [coach.id],
        kind: "caseload_summary",
        ...text,
        link: { app: "coach", path: "/" },
        dedupeKey,
      },
      context.now,
    );
  }
  return written;
}
