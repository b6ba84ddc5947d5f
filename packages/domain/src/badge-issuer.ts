import { z } from "zod";
import { CREDENTIAL_IMAGE_TYPES } from "./credential-admin.ts";
import { idSchema } from "./ids.ts";
import { textRule } from "./text.ts";

/** One of my badges, to offer to my digital wallet. */
export const walletOfferInputSchema = z.object({ badgeId: idSchema });

/** The district's website, as its badges' issuer profile links to it; blank means none. */
const websiteSchema = z
  .string({ error: "Enter the district's website" })
  .check(textRule({ label: "The website", singleLine: true }))
  .trim()
  .max(500, "The website address must be 500 characters or fewer")
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://" }).nullable(),
  );

/**
 * The district as the issuer of its badges: its website and its logo. The logo is the signed
 * reference an image upload answered; null removes the logo, absent keeps it.
 */
export const issuerProfileInputSchema = z.object({
  websiteUrl: websiteSchema,
  logo: z
    .object({
      storageKey: z
        .string()
        .check(textRule({ label: "The logo", singleLine: true }))
        .min(1)
        .max(300),
      contentType: z.enum(CREDENTIAL_IMAGE_TYPES, { error: "Use a PNG, SVG or JPEG image" }),
    })
    .nullable()
    .optional(),
});
