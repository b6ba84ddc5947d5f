import type {
  SSOUserResolution,
  SSOUserResolutionContext,
  SSOUserResolutionInput,
} from "@better-auth/sso";
import {
  attachUserToPerson,
  findDistrictPeopleByEmail,
  isUserHeldByActivePerson,
} from "@throughline/db/queries/accounts/sso-sign-in";
import { emailKey } from "@throughline/domain/person";
import { decideSsoSignIn, type SsoRefusal } from "@throughline/domain/rules/sso-sign-in";
import { currentAuthTransaction } from "./auth-transaction.ts";
import { parseDomainList } from "./domains.ts";

function refuse(code: SsoRefusal | "sso_provider_unknown"): SSOUserResolution {
  return { action: "reject", code };
}

/**
 * The SSO plugin's `resolveUser`: which user a verified identity signs in as, or why not, by
 * the rule in `@throughline/domain/rules/sso-sign-in`. It runs inside the plugin's transaction
 * before any user, account or session row is written, so a refusal writes nothing; and a
 * sign-in it creates for a rostered person is undone with the rest if anything later fails.
 */
export async function resolveSsoUser(
  input: SSOUserResolutionInput,
  { database }: SSOUserResolutionContext,
): Promise<SSOUserResolution> {
  const tx = currentAuthTransaction();
  if (!tx) throw new Error("SSO sign-in must run inside Better Auth's transaction.");

  const provider = await database.findOne<{ organizationId: string | null; domain: string }>({
    model: "ssoProvider",
    where: [{ field: "providerId", value: input.providerId }],
  });
  const districtId = provider?.organizationId;
  if (!provider || !districtId) return refuse("sso_provider_unknown");

  // As people's addresses are stored: a provider may write capitals or combining accents.
  const email = emailKey(input.providerUser.email);
  const people = await findDistrictPeopleByEmail(tx, { districtId, email });
  const existingUser = await database.findOne<{ id: string }>({
    model: "user",
    where: [{ field: "email", value: email }],
  });
  const decision = decideSsoSignIn({
    email,
    providerDomains: parseDomainList(provider.domain),
    people,
    userWithEmail: existingUser
      ? {
          userId: existingUser.id,
          heldByActivePerson: await isUserHeldByActivePerson(tx, existingUser.id),
        }
      : null,
  });

  switch (decision.action) {
    case "refuse":
      return refuse(decision.reason);
    case "sign-in":
      return { action: "link", userId: decision.userId, profile: "preserve" };
    case "attach-user": {
      const attached = await attachUserToPerson(tx, { districtId, ...decision });
      // No active person holds the sign-in, yet it could not be given: a deactivated one does.
      return attached
        ? { action: "link", userId: decision.userId, profile: "preserve" }
        : refuse("sso_sign_in_held");
    }
    case "create-user": {
      const now = new Date();
      const created = await database.create<Record<string, unknown>, { id: string }>({
        model: "user",
        data: {
          name: input.providerUser.name || email,
          email,
          // The district's provider vouched for an address on the district's own domain.
          emailVerified: true,
          createdAt: now,
          updatedAt: now,
        },
      });
      const attached = await attachUserToPerson(tx, {
        districtId,
        personId: decision.personId,
        userId: created.id,
      });
      if (!attached) throw new Error("The new sign-in could not be given to the person.");
      return { action: "link", userId: created.id, profile: "preserve" };
    }
  }
}
