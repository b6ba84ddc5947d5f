import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";

/** A goal of the team and its first checkpoint, ids empty when the team has none. */
export async function sampleGoal(
  db: Database,
  districtId: string,
  teamId: string,
): Promise<{ goalId: string; checkpointId: string }> {
  const [row] = await rawRows<{ goal_id: string; checkpoint_id: string | null }>(
    db,
    sql`select g.id::text as goal_id,
          (select c.id::text from team_goal_checkpoint c
           where c.district_id = g.district_id and c.goal_id = g.id
           order by c.planned_on limit 1) as checkpoint_id
        from team_goal g
        where g.district_id::text = ${districtId} and g.team_id::text = ${teamId}
        order by g.created_at limit 1`,
  );
  return { goalId: row?.goal_id ?? "", checkpointId: row?.checkpoint_id ?? "" };
}

/**
 * A team of the place's school other than the sample team (whose facilitator and members the
 * matrix rewrites before these calls), with a goal and a checkpoint: the goal's calls are aimed
 * at it, so each place has a real row and a team whose people are left as the seed made them.
 */
export async function placeGoal(
  db: Database,
  ids: { schoolId: string; teamId: string },
  teacherEmail: string,
): Promise<{ goalTeamId: string; goalId: string; checkpointId: string }> {
  const [team] = await rawRows<{ id: string; district_id: string }>(
    db,
    sql`select t.id::text as id, t.district_id::text as district_id from team t
        where t.school_id::text = ${ids.schoolId} and t.id::text <> ${ids.teamId}
          and t.facilitator_id is not null
        order by t.name limit 1`,
  );
  if (!team) return { goalTeamId: "", goalId: "", checkpointId: "" };
  const existing = await sampleGoal(db, team.district_id, team.id);
  if (existing.goalId !== "" && existing.checkpointId !== "") {
    return { goalTeamId: team.id, ...existing };
  }
  const [goal] = await rawRows<{ id: string }>(
    db,
    sql`insert into team_goal (district_id, team_id, problem, measure, unit, baseline_value,
          target_value, starts_on, target_on, created_by_id)
        select p.district_id, ${team.id}::uuid, 'A problem', 'A measure', 'percent', 40, 60,
          '2026-09-01', '2027-03-01', p.id
        from person p where p.email = ${teacherEmail}
        returning id::text as id`,
  );
  const [checkpoint] = await rawRows<{ id: string }>(
    db,
    sql`insert into team_goal_checkpoint (district_id, goal_id, planned_on)
        values (${team.district_id}::uuid, ${goal?.id ?? ""}::uuid, '2026-11-01')
        returning id::text as id`,
  );
  return { goalTeamId: team.id, goalId: goal?.id ?? "", checkpointId: checkpoint?.id ?? "" };
}
