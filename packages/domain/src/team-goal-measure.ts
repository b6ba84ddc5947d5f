import { z } from "zod";

/*
 * A team goal's student measure: what unit it is counted in, and the per-class results a
 * facilitator may upload at a checkpoint instead of typing one number. Class results never carry
 * student names: a team looks at how its classes are doing, not at individual children.
 */

/** A tuple, so the database enum can be built from it as well. */
export const teamGoalUnits = ["percent", "score", "count"] as const;
export const teamGoalUnitSchema = z.enum(teamGoalUnits);
export type TeamGoalUnit = z.infer<typeof teamGoalUnitSchema>;

/** One class's results at a checkpoint: how many students sat it and how they did. */
const classResultSchema = z.object({
  className: z
    .string()
    .trim()
    .min(1, "Name the class")
    .max(80, "A class name is at most 80 characters"),
  students: z.number().int("Students is a whole number").min(0).max(10_000),
  /** How many reached proficiency (percent and count goals). */
  proficient: z.number().int("Proficient is a whole number").min(0).max(10_000).nullable(),
  /** The class's mean score (score goals). */
  averageScore: z.number().min(0).max(100_000).nullable(),
});
export type ClassResult = z.infer<typeof classResultSchema>;
