import {
  loadIssuerProfile,
  updateIssuerProfile,
} from "@throughline/db/queries/districts/issuer-profile";
import { issuerProfileInputSchema } from "@throughline/domain/badge-issuer";
import { credentialImagePrefix } from "@throughline/domain/credential-admin";
import { issuerUrls } from "@throughline/open-badges/public-urls";
import { audit } from "../../audit.ts";
import { readSignedImageKey } from "../../credentials/image-key-token.ts";
import { fieldProblem } from "../../field-problem.ts";
import { districtAdminProcedure } from "../../trpc.ts";

/**
 * The district as its badges' issuer profile shows it: its website (else the platform's
 * address) and its logo. Badges signed from now on carry them; earlier badges keep what they
 * were signed with, as a signature must.
 */
export const issuerProfileProcedures = {
  profile: districtAdminProcedure.query(async ({ ctx }) => {
    const row = await loadIssuerProfile(ctx.tx, ctx.districtId);
    const urls = issuerUrls(ctx.publicUrl, row.slug);
    return {
      websiteUrl: row.websiteUrl,
      logoUrl: row.logoStorageKey ? urls.logo : null,
      /** What the profile links to without a website of the district's own. */
      platformUrl: ctx.publicUrl.replace(/\/+$/, ""),
    };
  }),

  saveProfile: districtAdminProcedure
    .input(issuerProfileInputSchema)
    .mutation(async ({ ctx, input }) => {
      const before = await loadIssuerProfile(ctx.tx, ctx.districtId);
      let logo: { storageKey: string; contentType: string } | null | undefined = input.logo;
      if (input.logo) {
        // Only an image the upload route stored for this district: never another of its files.
        const storageKey = readSignedImageKey(ctx.districtId, input.logo.storageKey, ctx.secret);
        if (!storageKey?.startsWith(credentialImagePrefix(ctx.districtId))) {
          throw fieldProblem(["logo"], "Upload the logo again");
        }
        logo = { storageKey, contentType: input.logo.contentType };
      }
      await updateIssuerProfile(ctx.tx, ctx.districtId, { websiteUrl: input.websiteUrl, logo });
      const hasLogo = logo === undefined ? before.logoStorageKey !== null : logo !== null;
      await audit(ctx, {
        action: "settings.district_changed",
        subjectKind: "district",
        subjectId: ctx.districtId,
        before: { websiteUrl: before.websiteUrl, logo: before.logoStorageKey !== null },
        after: { websiteUrl: input.websiteUrl, logo: hasLogo },
      });
      return { websiteUrl: input.websiteUrl, hasLogo };
    }),
};
