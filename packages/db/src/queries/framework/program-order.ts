import { sql } from "drizzle-orm";
import { program, stage } from "../../schema/index.ts";

/*
 * Stage positions count inside a program, so every list of a district's stages sorts by its
 * program's position first. A scalar subquery, so a query that lists stages needs no join.
 */

/** The position of the stage's program, for `orderBy` before the stage's own position. */
export const programPositionOf = sql<number>`(select ${program.position} from ${program}
  where ${program.districtId} = ${stage.districtId} and ${program.id} = ${stage.programId})`;

/** The title of the stage's program, for a row that names its stage. */
export const programTitleOf = sql<string>`(select ${program.title} from ${program}
  where ${program.districtId} = ${stage.districtId} and ${program.id} = ${stage.programId})`;
