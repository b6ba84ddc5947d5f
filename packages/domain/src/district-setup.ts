import { z } from "zod";
import { slugSchema } from "./district.ts";
import { requiredText } from "./ids.ts";
import { timeZoneSchema } from "./meeting.ts";
import { maxPasswordLength, minPasswordLength } from "./people-admin.ts";
import { emailSchema } from "./person.ts";

/*
 * Starting a district: the set-up page on an empty installation (district and first admin with a
 * password) and `pnpm district:create` on a running one (first admin invited by link).
 */

/** August: when most US school years start. */
const defaultSchoolYearStartMonth = 8;

/** The month the school year starts in, 1–12; a form sends it as text. */
const schoolYearStartMonthSchema = z.coerce
  .number({ error: "Choose the month the school year starts in" })
  .int("Choose the month the school year starts in")
  .min(1, "Choose a month from January to December")
  .max(12, "Choose a month from January to December");

const districtFields = {
  districtName: requiredText({ missing: "Enter the district's name", label: "Name", max: 120 }),
  slug: slugSchema,
  timeZone: timeZoneSchema,
  schoolYearStartMonth: schoolYearStartMonthSchema,
};

/** The set-up page: the district and its first district admin, who signs in with a password. */
export const districtSetupInputSchema = z.object({
  ...districtFields,
  adminName: requiredText({ missing: "Enter your name", label: "Name" }),
  adminEmail: emailSchema,
  password: z
    .string({ error: "Enter a password" })
    .min(minPasswordLength, `Use at least ${minPasswordLength} characters`)
    .max(maxPasswordLength, `Use at most ${maxPasswordLength} characters`),
});
export type DistrictSetupInput = z.infer<typeof districtSetupInputSchema>;
export type DistrictSetupField = keyof DistrictSetupInput;

/** `pnpm district:create`: a further district whose first admin sets a password from an invite. */
export const districtCreateInputSchema = z.object({
  ...districtFields,
  schoolYearStartMonth: schoolYearStartMonthSchema.default(defaultSchoolYearStartMonth),
  adminName: requiredText({ missing: "Enter the admin's name", label: "Name" }).optional(),
  adminEmail: emailSchema,
});
export type DistrictCreateInput = z.infer<typeof districtCreateInputSchema>;

/**
 * A slug suggested from a district's name: "Riverside Unified (CA)" → "riverside-unified-ca".
 * Accents are dropped, anything else that is not a letter or digit becomes one hyphen.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
}

/** The name a first admin goes by until they change it: the part of the email before the @. */
export function nameFromEmail(email: string): string {
  return email.split("@")[0] || email;
}
