import { saveVideoSettings, videoSettingsOf } from "@throughline/db/queries/video/videos";
import { defaultVideoSettings, videoSettingsInputSchema } from "@throughline/domain/video";
import { districtAdminProcedure } from "../../trpc.ts";

const MB = 1024 ** 2;

/** The district's classroom-video settings: the upload limit, the retention and the consent rule. */
export const videoSettingsProcedures = {
  settings: districtAdminProcedure.query(async ({ ctx }) => {
    const settings = await videoSettingsOf(ctx.tx);
    return { ...settings, maxMegabytes: Math.round(settings.maxBytes / MB) };
  }),

  /**
   * Saves them; a shorter retention applies to videos uploaded from now on (each video keeps the
   * date it was given at upload, which its teacher was told).
   */
  saveSettings: districtAdminProcedure
    .input(videoSettingsInputSchema)
    .mutation(async ({ ctx, input }) => {
      await saveVideoSettings(ctx.tx, ctx.districtId, {
        maxBytes: input.maxMegabytes * MB,
        retentionDays: input.retentionDays,
        consentRule: input.consentRule ?? defaultVideoSettings.consentRule,
      });
      return { saved: true };
    }),
};
