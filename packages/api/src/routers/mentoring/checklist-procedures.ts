import {
  editableChecklist,
  findChecklistItem,
  insertChecklistItem,
  setChecklistItemRetired,
  swapChecklistItem,
  updateChecklistItem,
} from "@throughline/db/queries/mentoring/induction-checklist-editor";
import { inductionChecklistItem } from "@throughline/db/schema";
import {
  addChecklistItemInputSchema,
  editChecklistItemInputSchema,
  moveChecklistItemInputSchema,
  retireChecklistItemInputSchema,
} from "@throughline/domain/induction-checklist";
import { auditCreated, audited } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";
import { districtAdminProcedure } from "../../trpc.ts";

/*
 * The district admin edits the induction checklist every mentee works through. Each change is
 * on the audit log with the item's fields before and after.
 */

const NOT_AN_ITEM = "Choose an item of your district's checklist";

const itemRow = (id: string) => ({
  table: inductionChecklistItem,
  kind: "induction_checklist_item" as const,
  id,
});

async function existingItem(ctx: TenantScope, itemId: string) {
  const found = await findChecklistItem(ctx.tx, itemId);
  if (!found) throw fieldProblem(["itemId"], NOT_AN_ITEM, "NOT_FOUND");
  return found;
}

export const mentoringChecklistProcedures = {
  /** Every item, in use and retired, with how many mentees ticked each. */
  checklist: districtAdminProcedure.query(({ ctx }) => editableChecklist(ctx.tx)),

  addChecklistItem: districtAdminProcedure
    .input(addChecklistItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      const itemId = await insertChecklistItem(ctx.tx, {
        districtId: ctx.districtId,
        title: input.title,
        description: input.description ?? "",
        dueWithinWeeks: input.dueWithinWeeks,
      });
      await auditCreated(ctx, itemRow(itemId), "induction_checklist.item_added");
      return { itemId };
    }),

  editChecklistItem: districtAdminProcedure
    .input(editChecklistItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      await existingItem(ctx, input.itemId);
      await audited(ctx, itemRow(input.itemId), "induction_checklist.item_updated", () =>
        updateChecklistItem(ctx.tx, { ...input, description: input.description ?? "" }),
      );
      return { itemId: input.itemId };
    }),

  moveChecklistItem: districtAdminProcedure
    .input(moveChecklistItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      const item = await existingItem(ctx, input.itemId);
      if (item.retiredAt !== null) {
        throw fieldProblem(["itemId"], "A retired item has no place in the list to move");
      }
      const moved = await audited(ctx, itemRow(input.itemId), "induction_checklist.reordered", () =>
        swapChecklistItem(ctx.tx, { ...input, position: item.position }),
      );
      if (!moved) {
        throw fieldProblem(
          ["direction"],
          `This item is already ${input.direction === "up" ? "first" : "last"}`,
        );
      }
      return { itemId: input.itemId };
    }),

  retireChecklistItem: districtAdminProcedure
    .input(retireChecklistItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      const item = await existingItem(ctx, input.itemId);
      if ((item.retiredAt !== null) === input.retired) {
        throw fieldProblem(
          ["retired"],
          input.retired ? "This item is already retired" : "This item is already in use",
          "CONFLICT",
        );
      }
      await audited(
        ctx,
        itemRow(input.itemId),
        input.retired ? "induction_checklist.item_retired" : "induction_checklist.item_restored",
        () => setChecklistItemRetired(ctx.tx, input),
      );
      return { itemId: input.itemId, retired: input.retired };
    }),
};
