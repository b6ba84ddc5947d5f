import { z } from "zod";
import { type Role, roleSchema } from "./enums.ts";
import { fieldIssue } from "./field-issue.ts";
import { idSchema, requiredText } from "./ids.ts";
import { textRule } from "./text.ts";

/**
 * An address as RFC 6531 allows it: letters of any script in the local part and the domain
 * (`josé.garcía@example.org`, `用户@例子.广告`), as school systems hand them out. Otherwise as
 * strict as zod's default: dot-separated parts, a domain with a dot and a top-level name of
 * letters (or its punycode `xn--` form). The one email rule: every schema taking an address
 * uses it.
 */
export const EMAIL_PATTERN =
  /^(?!\.)(?!.*\.\.)[\p{L}\p{M}\p{N}_'+.-]*[\p{L}\p{M}\p{N}_+-]@(?:[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*\.)+(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/u;

/**
 * What an address is compared by: trimmed, composed (NFC: an accent typed as one character or
 * as two is one address) and lowercased, so one address is one person however it was typed.
 * For text that must be matched against stored addresses without being judged (an identity
 * provider's claim, a sign-in attempt's count).
 */
export function emailKey(typed: string): string {
  return typed.trim().normalize("NFC").toLowerCase();
}

/** An address as `emailKey` writes it, checked against `EMAIL_PATTERN`. */
export const emailSchema = z
  .string({ error: "Enter an email address" })
  .check(textRule({ label: "The email address", singleLine: true }))
  .overwrite(emailKey)
  .pipe(z.email({ pattern: EMAIL_PATTERN, error: "Enter an email address like name@school.org" }));

/** The address as stored (see `emailSchema`), or the message saying what is wrong with it. */
export function parseEmail(typed: string): { email: string } | { problem: string } {
  const parsed = emailSchema.safeParse(typed);
  if (parsed.success) return { email: parsed.data };
  return { problem: parsed.error.issues[0]?.message ?? "Enter an email address" };
}

export const personSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  displayName: requiredText({ missing: "Enter the person's name", label: "Name" }),
  email: emailSchema,
  /** Inactive people keep their history but cannot sign in. */
  active: z.boolean(),
});

interface RoleAt {
  role: Role;
  schoolId: string | null;
}

/**
 * Where a role is held: a district admin covers the whole district, so never at a school; each
 * role of `heldAtOneSchool` at exactly one.
 */
export function roleSchoolRule(heldAtOneSchool: readonly Role[]) {
  return ({ role, schoolId }: RoleAt, ctx: z.RefinementCtx): void => {
    if (role === "district_admin" && schoolId !== null) {
      fieldIssue(
        ctx,
        ["schoolId"],
        "A district admin covers the whole district, so leave the school empty",
      );
    }
    if (heldAtOneSchool.includes(role) && schoolId === null) {
      fieldIssue(ctx, ["schoolId"], "Choose a school for this role");
    }
  };
}

/** A person's roles list each role at each school once (arguments for `.refine`). */
export const eachRoleOnce = [
  (roles: readonly RoleAt[]) =>
    new Set(roles.map((r) => `${r.role}:${r.schoolId ?? ""}`)).size === roles.length,
  { error: "The same role at the same school is listed twice" },
] as const;

/**
 * One role a person holds, and where. A teacher, coach or principal works in one school; a
 * district admin covers the whole district, so their school is null. A person may hold several.
 */
export const roleMembershipSchema = z
  .object({
    role: roleSchema,
    schoolId: idSchema.nullable(),
  })
  .superRefine(roleSchoolRule(["teacher", "coach", "principal"]));

const rolesSchema = z
  .array(roleMembershipSchema)
  .min(1, "Give the person at least one role")
  .refine(...eachRoleOnce);

export const createPersonInputSchema = personSchema
  .pick({ displayName: true, email: true })
  .extend({ roles: rolesSchema });
