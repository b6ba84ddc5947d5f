import { z } from "zod";
import { textRule } from "./text.ts";

const schoolYearMessage = "Enter a school year like 2026-27";

/** "2026-27": the year it starts, a hyphen, and the last two digits of the next year. */
export const schoolYearSchema = z
  .string({ error: schoolYearMessage })
  .check(textRule({ label: "The school year", singleLine: true }))
  .trim()
  .regex(/^\d{4}-\d{2}$/, schoolYearMessage)
  .refine((value) => {
    const start = Number(value.slice(0, 4));
    const end = Number(value.slice(5));
    return (start + 1) % 100 === end;
  }, "The two years must follow each other, like 2026-27");
