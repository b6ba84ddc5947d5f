import { desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { micropdSession, person, recommendationDecision } from "../../schema/index.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { deciderOfDecision, tenantJoin } from "../sql/same-district-joins.ts";

export interface Dismissal {
  sessionId: string;
  title: string;
  reason: string | null;
  by: { id: string; displayName: string };
  at: Date;
}

/**
 * The sessions set aside for a teacher — by the teacher ("not for me") or a coach — whose latest
 * decision is still a dismissal, newest first, with the reason: what the coach reads to
 * understand the teacher's choices.
 */
export async function listDismissals(
  tx: Transaction,
  params: { personId: string },
): Promise<Dismissal[]> {
  const rows = await tx
    .select({
      sessionId: recommendationDecision.sessionId,
      kind: recommendationDecision.kind,
      title: micropdSession.title,
      reason: recommendationDecision.reason,
      by: personNameColumns,
      at: recommendationDecision.createdAt,
    })
    .from(recommendationDecision)
    .innerJoin(
      micropdSession,
      tenantJoin(micropdSession, recommendationDecision, recommendationDecision.sessionId),
    )
    .innerJoin(person, deciderOfDecision)
    .where(eq(recommendationDecision.personId, params.personId))
    .orderBy(desc(recommendationDecision.createdAt), desc(recommendationDecision.id));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.sessionId)) latest.set(row.sessionId, row);
  return [...latest.values()]
    .filter((row) => row.kind === "dismissed")
    .map(({ kind: _kind, ...dismissal }) => dismissal);
}
