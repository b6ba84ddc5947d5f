import { z } from "zod";
import { roleSchema, teamKindSchema } from "./enums.ts";
import { idSchema, requiredText } from "./ids.ts";
import { eachRoleOnce, emailSchema, roleSchoolRule } from "./person.ts";
import { textRule } from "./text.ts";

/*
 * People, schools and teams in the admin console: a district admin manages the whole district,
 * a principal the people of the schools they lead. People are deactivated, never deleted, so
 * their history stays; a person without a sign-in gets a one-time link to set a password.
 */

/** One page of the people list. */
export const peoplePageSize = 50;

/** How long an invite link works. */
export const inviteLifetimeDays = 7;

/** Better Auth's minimum, repeated here so the form can say it before the server does. */
export const minPasswordLength = 10;
export const maxPasswordLength = 128;

/** Most members one team may list: a large department, with room to spare. */
const maxTeamMembers = 200;

/** A form's empty choice arrives as "": treat it as "no school" so the rule below can explain. */
const optionalSchoolIdSchema = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z.uuid({ error: "Choose a school" }).nullable(),
);

/**
 * A role and where it is held. Teachers and principals work in one school; a district admin
 * covers the whole district; a coach may work in one school or across the district.
 */
const personRoleSchema = z
  .object({ role: roleSchema, schoolId: optionalSchoolIdSchema })
  .superRefine(roleSchoolRule(["teacher", "principal"]));
export type PersonRole = z.infer<typeof personRoleSchema>;

const personRolesSchema = z
  .array(personRoleSchema, { error: "Give the person at least one role" })
  .min(1, "Give the person at least one role")
  .max(20, "A person can hold at most 20 roles")
  .refine(...eachRoleOnce);

const personFields = {
  displayName: requiredText({ missing: "Enter the person's name", label: "Name" }),
  email: emailSchema,
  roles: personRolesSchema,
};

export const createPersonAdminInputSchema = z.object(personFields);

/** The whole person at once: the roles given replace every role the person held. */
export const updatePersonAdminInputSchema = z.object({ personId: idSchema, ...personFields });

export const personAdminIdInputSchema = z.object({ personId: idSchema });

/** Deactivate (`active: false`) or reactivate; nobody with history is ever deleted. */
export const setPersonActiveInputSchema = z.object({
  personId: idSchema,
  active: z.boolean({ error: "Say whether the person is active" }),
});

export const peopleSearchInputSchema = z.object({
  query: z
    .string({ error: "Search text must be text" })
    .check(textRule({ label: "Search text", singleLine: true }))
    .trim()
    .max(100, "Search with 100 characters or fewer")
    .default(""),
  schoolId: optionalSchoolIdSchema.optional().default(null),
  role: roleSchema.nullable().optional().default(null),
  includeInactive: z.boolean().default(false),
  page: z
    .number({ error: "Page must be a number" })
    .int("Page must be a whole number")
    .min(1, "Page must be 1 or more")
    .default(1),
});
export type PeopleSearchInput = z.infer<typeof peopleSearchInputSchema>;

const schoolNameSchema = requiredText({ missing: "Enter the school's name", label: "Name" });

export const createSchoolAdminInputSchema = z.object({ name: schoolNameSchema });
export const renameSchoolInputSchema = z.object({ schoolId: idSchema, name: schoolNameSchema });

const teamFields = {
  schoolId: z.uuid({ error: "Choose a school" }),
  name: requiredText({ missing: "Enter the team's name", label: "Name" }),
  kind: teamKindSchema,
  facilitatorId: z.preprocess(
    (value) => (value === "" ? null : value),
    z.uuid({ error: "Choose a facilitator" }).nullable(),
  ),
  memberIds: z
    .array(idSchema)
    .max(maxTeamMembers, `A team can have at most ${maxTeamMembers} members`)
    .refine((ids) => new Set(ids).size === ids.length, {
      error: "Each person can be on the team only once",
    }),
};

export const createTeamAdminInputSchema = z.object(teamFields);

/** The members given replace the team's members. */
export const updateTeamAdminInputSchema = z.object({ teamId: idSchema, ...teamFields });

export const createInviteInputSchema = z.object({ personId: idSchema });

/**
 * The secret part of an invite link: 32 random bytes, base64url. The link also names the
 * district, because row security needs it before the invite can be looked up.
 */
const inviteSecretSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** `<districtId>.<secret>`, as it appears in `/invite/<token>`. */
export function parseInviteToken(token: string): { districtId: string; secret: string } | null {
  const [districtId, secret, ...rest] = token.split(".");
  if (rest.length > 0) return null;
  const id = idSchema.safeParse(districtId);
  const key = inviteSecretSchema.safeParse(secret);
  return id.success && key.success ? { districtId: id.data, secret: key.data } : null;
}

export function formatInviteToken(districtId: string, secret: string): string {
  return `${districtId}.${secret}`;
}

export const acceptInviteInputSchema = z
  .object({
    token: z.string({ error: "This link is incomplete" }).min(1, "This link is incomplete"),
    password: z
      .string({ error: "Enter a password" })
      .min(minPasswordLength, `Use at least ${minPasswordLength} characters`)
      .max(maxPasswordLength, `Use at most ${maxPasswordLength} characters`),
    confirmPassword: z.string({ error: "Enter the password again" }),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two passwords do not match",
  });

/** The people a team form chooses members and a facilitator from. */
export const schoolPeopleInputSchema = z.object({ schoolId: z.uuid({ error: "Choose a school" }) });
