import type { z } from "zod";
import { fieldIssue } from "./field-issue.ts";

/**
 * The check of a period someone chooses for a report or a view (`from` and `to`, calendar
 * dates): it ends no earlier than it starts and spans at most `maximumDays`. Its messages name
 * the `to` field, where the forms show them.
 */
export function periodCheck(maximumDays: number) {
  return (value: { from: string; to: string }, ctx: z.RefinementCtx) => {
    if (value.to < value.from) {
      fieldIssue(ctx, ["to"], "The end date must not be before the start date");
    } else if ((Date.parse(value.to) - Date.parse(value.from)) / 86_400_000 > maximumDays) {
      fieldIssue(ctx, ["to"], `Choose a period of at most ${maximumDays} days`);
    }
  };
}
