import { saveVideoSettings, videoSettingsOf } from "@throughline/db/queries/video/videos";
import { defaultVideoSettings, videoSettingsInputSchema } from "@throughline/domain/video";
import { auditDifference } from "../../audited.ts";
import { districtAdminProcedure } from "../../trpc.ts";

const MB = 1024 ** 2;

/** The district's classroom-video settings: the upload limit, the retention and the consent rule. */
export const videoSettingsProcedures = {
  settings: districtAdminProcedure.query(async ({ ctx }) => {
    const settings = await videoSettingsOf(ctx.tx);
    return {
      ...settings,
      maxMegabytes: Math.round(settings.maxBytes / MB),
      /** The wording a district starts from, for "Use the standard wording". */
      defaultConsentRule: defaultVideoSettings.consentRule,
    };
  }),

  /**
   * Saves them, in the audit log as a district setting; a shorter retention applies to videos
   * uploaded from now on (each video keeps the date it was given at upload, which its teacher
   * was told). No consent wording means the standard one.
   */
  saveSettings: districtAdminProcedure
    .input(videoSettingsInputSchema)
    .mutation(async ({ ctx, input }) => {
      const before = await videoSettingsOf(ctx.tx);
      const after = {
        maxBytes: input.maxMegabytes * MB,
        retentionDays: input.retentionDays,
        consentRule: input.consentRule ?? defaultVideoSettings.consentRule,
      };
      await saveVideoSettings(ctx.tx, ctx.districtId, after);
      const fields = (settings: typeof after) => ({
        videoMaxBytes: settings.maxBytes,
        videoRetentionDays: settings.retentionDays,
        videoConsentRule: settings.consentRule,
      });
      await auditDifference(
        ctx,
        { kind: "district", id: ctx.districtId },
        "settings.district_changed",
        fields(before),
        fields(after),
      );
      return { saved: true };
    }),
};
