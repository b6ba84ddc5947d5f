import { sql } from "drizzle-orm";
import { program, stage } from "../../schema/index.ts";

/*
 * Where a district runs one program, a stage is named as before ("Stage 1 workshop"); where it
 * runs several, every line that names a stage names its program too ("Classroom technology ·
 * Stage 1 workshop"), or two "Stage 1" lines could not be told apart. Scalar subqueries on the
 * joined stage, so a query that names stages gains the label without another statement.
 */

/**
 * The title of the stage's program when the district runs more than one program (archived ones
 * count: their stages still appear on transcripts), else null.
 */
export const programLabelOf = sql<string | null>`(select case
    when (select count(*) from ${program} others where others.district_id = ${stage.districtId}) > 1
    then ${program.title} end
  from ${program}
  where ${program.districtId} = ${stage.districtId} and ${program.id} = ${stage.programId})`;
