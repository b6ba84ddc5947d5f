import { z } from "zod";
import { idSchema, optionalText, requiredText, wholeNumber } from "./ids.ts";

/*
 * The district's induction checklist as its admins edit it: items are added, renamed,
 * reordered and retired. A retired item leaves the list mentees work through but keeps the
 * ticks already given, so a mentee's record of what they did never changes behind them.
 */

const itemFields = {
  title: requiredText({ missing: "Enter the item", label: "The item", max: 200, singleLine: true }),
  description: optionalText({ label: "The description", max: 1000 }),
  /** Due this many weeks after the mentoring starts; null for no due date. */
  dueWithinWeeks: wholeNumber("Due within weeks", 1)
    .max(52, "Due within weeks must be 52 or less")
    .nullable(),
};

export const addChecklistItemInputSchema = z.object(itemFields);

export const editChecklistItemInputSchema = z.object({ itemId: idSchema, ...itemFields });

/** One step up or down among the items still in use. */
export const moveChecklistItemInputSchema = z.object({
  itemId: idSchema,
  direction: z.enum(["up", "down"], { error: "Choose up or down" }),
});

/** Retires an item (retired: true) or brings it back to the end of the list. */
export const retireChecklistItemInputSchema = z.object({
  itemId: idSchema,
  retired: z.boolean({ error: "Say whether the item is retired" }),
});

/** One item as the editor lists it. */
export interface EditableChecklistItem {
  id: string;
  title: string;
  description: string;
  position: number;
  dueWithinWeeks: number | null;
  retired: boolean;
  /** How many mentees have ticked it; a retired item keeps these. */
  completions: number;
}
