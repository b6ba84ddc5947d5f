import type { Transaction } from "@throughline/db/client";
import { plansReadableBy } from "@throughline/db/queries/action-plans/plan-readers";
import { commitmentsOfGoals } from "@throughline/db/queries/team-goals/goal-commitments";
import type { TeamGoal, TeamGoalCommitments } from "@throughline/domain/team-goal";

/**
 * Each goal with the commitments tied to it: how many there are, and those whose action plan
 * the viewer may read by the action-plan rule (plansReadableBy), so a goal card never shows
 * more of a teacher's plan than the plan page would.
 */
export async function withCommitments(
  ctx: { tx: Transaction; personId: string },
  goals: readonly TeamGoal[],
): Promise<(TeamGoal & { commitments: TeamGoalCommitments })[]> {
  const rows = await commitmentsOfGoals(ctx.tx, { goalIds: goals.map((goal) => goal.id) });
  const readablePlans = await plansReadableBy(ctx.tx, {
    viewerId: ctx.personId,
    plans: rows.map((row) => ({
      id: row.planId,
      personId: row.ownerId,
      sharedWithTeam: row.sharedWithTeam,
    })),
  });
  return goals.map((goal) => {
    const tied = rows.filter((row) => row.goalId === goal.id);
    return {
      ...goal,
      commitments: {
        total: tied.length,
        readable: tied
          .filter((row) => readablePlans.has(row.planId))
          .map(({ id, planId, ownerName, description, status, dueOn }) => ({
            id,
            planId,
            ownerName,
            description,
            status,
            dueOn,
          })),
      },
    };
  });
}
