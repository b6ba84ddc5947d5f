import { z } from "zod";
import { teamKindSchema } from "./enums.ts";
import { idSchema, nameSchema } from "./ids.ts";

/**
 * A team (PLC, grade-level or department team) belongs to a school and meets in support
 * meetings. Its facilitator may be a coach or a teacher leader.
 */
export const teamSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  schoolId: idSchema,
  name: nameSchema,
  kind: teamKindSchema,
  facilitatorId: idSchema.nullable(),
});
export type Team = z.infer<typeof teamSchema>;

export const teamMemberSchema = z.object({
  teamId: idSchema,
  personId: idSchema,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const createTeamInputSchema = teamSchema.omit({ id: true, districtId: true });
export type CreateTeamInput = z.infer<typeof createTeamInputSchema>;

export const updateTeamInputSchema = teamSchema
  .pick({ name: true, kind: true, facilitatorId: true })
  .partial()
  .extend({ id: idSchema });
export type UpdateTeamInput = z.infer<typeof updateTeamInputSchema>;

export const setTeamMembersInputSchema = z.object({
  teamId: idSchema,
  personIds: z.array(idSchema).refine((ids) => new Set(ids).size === ids.length, {
    error: "Each person can be on the team only once",
  }),
});
export type SetTeamMembersInput = z.infer<typeof setTeamMembersInputSchema>;
