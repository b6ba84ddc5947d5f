import { z } from "zod";
import { idSchema, nameSchema } from "./ids.ts";

export const schoolSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  name: nameSchema,
});
export type School = z.infer<typeof schoolSchema>;

/** The district comes from the signed-in person, never from the request body. */
export const createSchoolInputSchema = schoolSchema.pick({ name: true });
export type CreateSchoolInput = z.infer<typeof createSchoolInputSchema>;

export const updateSchoolInputSchema = schoolSchema.pick({ id: true, name: true });
export type UpdateSchoolInput = z.infer<typeof updateSchoolInputSchema>;
