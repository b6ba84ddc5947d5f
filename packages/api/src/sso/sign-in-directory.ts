import type { Database } from "@throughline/db/client";
import {
  listSsoSignInEntries,
  type SsoSignInEntry,
} from "@throughline/db/queries/accounts/sso-providers";
import { providerServesEmail } from "@throughline/domain/rules/sso-sign-in";
import { ssoPresets } from "@throughline/domain/sso";
import { parseDomainList } from "./domains.ts";
import { throughlineSettingsOf } from "./stored-config.ts";

/** A district's provider as sign-in needs it: which one, its button name, and the password rule. */
export interface SsoDirectoryEntry {
  providerId: string;
  districtId: string;
  label: string;
  domains: string[];
  passwordSignIn: boolean;
}

function toEntry(row: SsoSignInEntry): SsoDirectoryEntry {
  const settings = throughlineSettingsOf(row.oidcConfig ?? row.samlConfig);
  return {
    providerId: row.providerId,
    districtId: row.districtId,
    label: settings?.label ?? ssoPresets[settings?.preset ?? "oidc"].label,
    domains: parseDomainList(row.domain),
    passwordSignIn: row.passwordSignIn,
  };
}

/** The district provider that serves this address, if any (claims never overlap). */
export async function ssoEntryForEmail(
  db: Database,
  email: string,
): Promise<SsoDirectoryEntry | null> {
  const rows = await listSsoSignInEntries(db);
  const entry = rows
    .map(toEntry)
    .find((candidate) => providerServesEmail(candidate.domains, email));
  return entry ?? null;
}

/** A district's provider, if it has one. */
export async function ssoEntryForDistrict(
  db: Database,
  districtId: string,
): Promise<SsoDirectoryEntry | null> {
  const rows = await listSsoSignInEntries(db);
  return rows.map(toEntry).find((entry) => entry.districtId === districtId) ?? null;
}
