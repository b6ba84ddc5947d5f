import { loadDistrictName, renameDistrict } from "@throughline/db/queries/districts/district-name";
import {
  addHoliday,
  loadReminderSettings,
  removeHoliday,
  saveReminderSettings,
} from "@throughline/db/queries/reminders/reminder-settings";
import { schoolHoliday } from "@throughline/db/schema";
import { districtNameInputSchema } from "@throughline/domain/district-name";
import {
  type ReminderSettings,
  reminderSettingsInputSchema,
  schoolHolidayIdInputSchema,
  schoolHolidayInputSchema,
} from "@throughline/domain/notification-settings";
import { TRPCError } from "@trpc/server";
import { auditCreated, audited, auditedDistrictSetting } from "../../audited.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";

/** How early meeting reminders go out, in which time zone, and the breaks without nudges. */
export const reminderSettingsRouter = createRouter({
  get: districtAdminProcedure.query(
    ({ ctx }): Promise<ReminderSettings> => loadReminderSettings(ctx.tx, ctx.districtId),
  ),

  save: districtAdminProcedure
    .input(reminderSettingsInputSchema)
    .mutation(async ({ ctx, input }): Promise<ReminderSettings> => {
      await auditedDistrictSetting(ctx, "settings.reminders_changed", () =>
        saveReminderSettings(ctx.tx, ctx.districtId, input),
      );
      return loadReminderSettings(ctx.tx, ctx.districtId);
    }),

  /** The district's name, e.g. to rename the demo district to the real one. */
  districtName: districtAdminProcedure.query(async ({ ctx }) => ({
    name: await loadDistrictName(ctx.tx, ctx.districtId),
  })),

  rename: districtAdminProcedure.input(districtNameInputSchema).mutation(async ({ ctx, input }) => {
    await auditedDistrictSetting(ctx, "settings.district_changed", () =>
      renameDistrict(ctx.tx, ctx.districtId, input.name),
    );
    return { name: await loadDistrictName(ctx.tx, ctx.districtId) };
  }),

  addHoliday: districtAdminProcedure
    .input(schoolHolidayInputSchema)
    .mutation(async ({ ctx, input }) => {
      const holidayId = await addHoliday(ctx.tx, ctx.districtId, input);
      await auditCreated(
        ctx,
        { table: schoolHoliday, kind: "school_holiday", id: holidayId },
        "settings.reminders_changed",
      );
      return { holidayId };
    }),

  removeHoliday: districtAdminProcedure
    .input(schoolHolidayIdInputSchema)
    .mutation(async ({ ctx, input }) => {
      const removed = await audited(
        ctx,
        { table: schoolHoliday, kind: "school_holiday", id: input.holidayId },
        "settings.reminders_changed",
        () => removeHoliday(ctx.tx, input.holidayId),
      );
      if (!removed) {
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such break." });
      }
      return { removed: true };
    }),
});
