import { asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { collaborationBlock, supportMeeting, team, teamMember } from "../../schema/index.ts";
import { teamOfBlock, teamOfMember } from "../sql/same-district-joins.ts";

/* Collaboration blocks: recurring protected time per team. */

/** Every block of the school's teams, with the team's name and members, by time. */
export async function schoolBlocks(tx: Transaction, params: { schoolId: string }) {
  const [blocks, members] = await Promise.all([
    tx
      .select({
        id: collaborationBlock.id,
        teamId: collaborationBlock.teamId,
        teamName: team.name,
        weekday: collaborationBlock.weekday,
        startMinute: collaborationBlock.startMinute,
        endMinute: collaborationBlock.endMinute,
        overrodeWarnings: collaborationBlock.overrodeWarnings,
        note: collaborationBlock.note,
      })
      .from(collaborationBlock)
      .innerJoin(team, teamOfBlock)
      .where(eq(team.schoolId, params.schoolId))
      .orderBy(asc(collaborationBlock.weekday), asc(collaborationBlock.startMinute)),
    tx
      .select({ teamId: teamMember.teamId, personId: teamMember.personId })
      .from(teamMember)
      .innerJoin(team, teamOfMember)
      .where(eq(team.schoolId, params.schoolId)),
  ]);
  return blocks.map((block) => ({
    ...block,
    memberIds: members.filter((member) => member.teamId === block.teamId).map((m) => m.personId),
  }));
}

export async function insertBlock(
  tx: Transaction,
  values: {
    districtId: string;
    teamId: string;
    weekday: number;
    startMinute: number;
    endMinute: number;
    createdById: string;
    overrodeWarnings: boolean;
    note: string | null;
  },
) {
  const [row] = await tx
    .insert(collaborationBlock)
    .values(values)
    .returning({ id: collaborationBlock.id });
  if (!row) throw new Error("The collaboration block was not saved.");
  return row;
}

/** The block and the school its team belongs to, or null. */
export async function findBlock(tx: Transaction, params: { blockId: string }) {
  const [found] = await tx
    .select({ id: collaborationBlock.id, teamId: team.id, schoolId: team.schoolId })
    .from(collaborationBlock)
    .innerJoin(team, teamOfBlock)
    .where(eq(collaborationBlock.id, params.blockId));
  return found ?? null;
}

/** Removes the block; meetings scheduled into it stay, no longer tied to it. */
export async function deleteBlock(tx: Transaction, params: { blockId: string }) {
  await tx
    .update(supportMeeting)
    .set({ collaborationBlockId: null })
    .where(eq(supportMeeting.collaborationBlockId, params.blockId));
  await tx.delete(collaborationBlock).where(eq(collaborationBlock.id, params.blockId));
}

/** The blocks of the given teams, for scheduling their meetings into them. */
export async function blocksOfTeams(tx: Transaction, params: { teamIds: string[] }) {
  if (params.teamIds.length === 0) return [];
  return tx
    .select({
      id: collaborationBlock.id,
      teamId: collaborationBlock.teamId,
      weekday: collaborationBlock.weekday,
      startMinute: collaborationBlock.startMinute,
      endMinute: collaborationBlock.endMinute,
    })
    .from(collaborationBlock)
    .where(inArray(collaborationBlock.teamId, params.teamIds))
    .orderBy(asc(collaborationBlock.weekday), asc(collaborationBlock.startMinute));
}
