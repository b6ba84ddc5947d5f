import { z } from "zod";
import { textRule } from "./text.ts";

/** A district's name as people see it in the apps and emails ("Maple Valley Unified"). */
export const districtNameInputSchema = z.object({
  name: z
    .string()
    .check(textRule({ label: "The district's name", singleLine: true }))
    .trim()
    .min(2, "Give the district's name, at least 2 characters.")
    .max(120, "Keep the district's name under 120 characters."),
});
