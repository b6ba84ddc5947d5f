import { asc } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { indicator, micropdSession, stage } from "../../schema/index.ts";
import { stageOfSession } from "../sql/same-district-joins.ts";

/** The district's indicators and MicroPD sessions a team can choose to work on toward a goal. */
export async function goalOptions(tx: Transaction) {
  const indicators = await tx
    .select({ id: indicator.id, code: indicator.code, name: indicator.title })
    .from(indicator)
    .orderBy(asc(indicator.code));
  const sessions = await tx
    .select({ id: micropdSession.id, title: micropdSession.title, stageName: stage.title })
    .from(micropdSession)
    .innerJoin(stage, stageOfSession)
    .orderBy(asc(stage.position), asc(micropdSession.position));
  return { indicators, sessions };
}
