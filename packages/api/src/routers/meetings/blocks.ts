import {
  blocksOfTeams,
  findBlock,
} from "@throughline/db/queries/collaboration/collaboration-blocks";
import type { Weekday } from "@throughline/domain/rules/common-time";
import { describeSpan } from "@throughline/domain/rules/weekly-time";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";

/* Support meetings scheduled into their team's collaboration blocks. */

/** Each team with its weekly blocks, so the form can offer "Use the team's block". */
export async function withCollaborationBlocks<T extends { id: string }>(
  ctx: TenantScope,
  teams: T[],
) {
  const blocks = await blocksOfTeams(ctx.tx, { teamIds: teams.map((team) => team.id) });
  return teams.map((team) => ({
    ...team,
    collaborationBlocks: blocks
      .filter((block) => block.teamId === team.id)
      .map(({ teamId: _team, ...block }) => ({
        ...block,
        label: describeSpan({
          weekday: block.weekday as Weekday,
          start: block.startMinute,
          end: block.endMinute,
        }),
      })),
  }));
}

/** A meeting may only be tied to a block of its own team. */
export async function requireTeamBlock(
  ctx: TenantScope,
  input: { teamId: string; collaborationBlockId?: string | null | undefined },
) {
  if (!input.collaborationBlockId) return;
  const block = await findBlock(ctx.tx, { blockId: input.collaborationBlockId });
  if (block?.teamId !== input.teamId) {
    throw fieldProblem(["collaborationBlockId"], "Choose one of this team's collaboration blocks");
  }
}
