import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { micropdProgress, micropdSession, person, stage } from "../../schema/index.ts";
import { stageLinkColumns } from "../framework/framework-columns.ts";
import { personContactColumns } from "../people/person-columns.ts";
import { sessionOfProgress, stageOfSession } from "../sql/same-district-joins.ts";

/** The teacher as their coach sees them at the top of the page. */
export async function findTeacher(tx: Transaction, params: { personId: string }) {
  const [row] = await tx
    .select(personContactColumns)
    .from(person)
    .where(eq(person.id, params.personId))
    .limit(1);
  return row ?? null;
}

/** Every MicroPD session the teacher completed, in framework order, with their reflection. */
export function completedSessionsWithReflections(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      sessionId: micropdSession.id,
      title: micropdSession.title,
      position: micropdSession.position,
      ...stageLinkColumns,
      completedAt: micropdProgress.completedAt,
      reflection: micropdProgress.reflection,
    })
    .from(micropdProgress)
    .innerJoin(micropdSession, sessionOfProgress)
    .innerJoin(stage, stageOfSession)
    .where(
      and(eq(micropdProgress.personId, params.personId), isNotNull(micropdProgress.completedAt)),
    )
    .orderBy(asc(stage.position), asc(micropdSession.position));
}
