import { z } from "zod";

/** The kinds of coaching interaction a coach logs (meetings and observations have their own records). */
export const coachingInteractionKindSchema = z.enum([
  "co_teaching",
  "modelling",
  "debrief",
  "planning",
  "check_in",
]);
export type CoachingInteractionKind = z.infer<typeof coachingInteractionKindSchema>;
