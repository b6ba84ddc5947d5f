import { z } from "zod";
import { idSchema } from "./ids.ts";
import { maxPasswordLength, minPasswordLength } from "./people-admin.ts";
import { emailSchema } from "./person.ts";
import { textRule } from "./text.ts";

/*
 * A person's own account: their password and the devices they are signed in on. Forms in the
 * apps and on the server's public pages check with these schemas before the server does.
 */

/** A new password: the same length rules as the invite page's. */
const newPasswordSchema = z
  .string({ error: "Enter a new password" })
  .min(minPasswordLength, `Use at least ${minPasswordLength} characters`)
  .max(maxPasswordLength, `Use at most ${maxPasswordLength} characters`);

/** "My account" → Change password. */
export const changePasswordInputSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, "Enter your current password"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Enter the new password again" }),
    /** Sign out every other device at the same time (a lost phone, a shared computer). */
    signOutOtherDevices: z.boolean().default(true),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two passwords do not match",
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    error: "Choose a password different from your current one",
  });

/** `/password/forgot`: the address to send a reset link to. */
export const forgotPasswordInputSchema = z.object({ email: emailSchema });

/** `/password/reset/<token>`: the new password, twice. */
export const resetPasswordInputSchema = z
  .object({
    password: newPasswordSchema,
    confirmPassword: z.string({ error: "Enter the password again" }),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two passwords do not match",
  });

/** How long a password reset link works. */
export const passwordResetLifetimeMinutes = 60;

/** One of the viewer's own signed-in devices, by its session id (never its token). */
export const revokeSessionInputSchema = z.object({
  sessionId: z
    .string()
    .check(textRule({ label: "The device", singleLine: true }))
    .trim()
    .min(1, "Choose a device")
    .max(200, "Choose a device"),
});

/** Emailed invitations: chosen people, or everyone not yet invited. */
export const sendInvitationsInputSchema = z.discriminatedUnion("to", [
  z.object({
    to: z.literal("people"),
    personIds: z
      .array(idSchema)
      .min(1, "Choose at least one person")
      .max(1000, "Choose at most 1000 people at a time"),
  }),
  z.object({ to: z.literal("everyone_not_invited") }),
]);

/** A reminder with a fresh link, for people invited who have not signed in yet. */
export const sendReminderInputSchema = z.object({
  personIds: z
    .array(idSchema)
    .min(1, "Choose at least one person")
    .max(1000, "Choose at most 1000 people at a time"),
});

/** After this long without accepting, the worker reminds an emailed invitee once. */
export const invitationReminderAfterDays = 3;

/** "Which district?" for a sign-in that belongs to people in several districts. */
export const chooseDistrictInputSchema = z.object({ districtId: idSchema });
