import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { Database, Transaction } from "../../client.ts";
import { district, ssoProvider } from "../../schema/index.ts";

/*
 * Districts' identity providers. `sso_provider` is global (sign-in finds a provider by email
 * domain before any district is known); `organization_id` holds the district's id, and every
 * statement for one district names it. The config columns are stored exactly as given: the
 * caller seals the client secret before it gets here.
 */

export interface SsoProviderRecord {
  providerId: string;
  districtId: string;
  issuer: string;
  /** The email domains served, as the plugin keeps them: comma-separated. */
  domain: string;
  oidcConfig: string | null;
  samlConfig: string | null;
}

const recordColumns = {
  providerId: ssoProvider.providerId,
  districtId: sql<string>`${ssoProvider.organizationId}`,
  issuer: ssoProvider.issuer,
  domain: ssoProvider.domain,
  oidcConfig: ssoProvider.oidcConfig,
  samlConfig: ssoProvider.samlConfig,
};

export async function findDistrictSsoProvider(
  tx: Database | Transaction,
  districtId: string,
): Promise<SsoProviderRecord | null> {
  const [row] = await tx
    .select(recordColumns)
    .from(ssoProvider)
    .where(eq(ssoProvider.organizationId, districtId))
    .limit(1);
  return row ?? null;
}

/** Every other district's claimed domains, to refuse a claim that overlaps one of them. */
export function listOtherDistrictsDomains(
  tx: Transaction,
  districtId: string,
): Promise<{ districtId: string; domain: string }[]> {
  return tx
    .select({ districtId: sql<string>`${ssoProvider.organizationId}`, domain: ssoProvider.domain })
    .from(ssoProvider)
    .where(and(isNotNull(ssoProvider.organizationId), ne(ssoProvider.organizationId, districtId)));
}

/** One provider per district: saving replaces the district's provider, whatever its protocol. */
export async function saveDistrictSsoProvider(
  tx: Transaction,
  record: SsoProviderRecord,
): Promise<void> {
  await tx.delete(ssoProvider).where(eq(ssoProvider.organizationId, record.districtId));
  await tx.insert(ssoProvider).values({
    id: crypto.randomUUID(),
    providerId: record.providerId,
    organizationId: record.districtId,
    issuer: record.issuer,
    domain: record.domain,
    oidcConfig: record.oidcConfig,
    samlConfig: record.samlConfig,
    // Nobody "owns" a district's provider: it is changed through the settings page only.
    userId: null,
  });
}

export async function deleteDistrictSsoProvider(tx: Transaction, districtId: string) {
  const removed = await tx
    .delete(ssoProvider)
    .where(eq(ssoProvider.organizationId, districtId))
    .returning({ providerId: ssoProvider.providerId });
  return removed.length > 0;
}

export async function loadPasswordSignIn(tx: Transaction, districtId: string): Promise<boolean> {
  const [row] = await tx
    .select({ passwordSignIn: district.passwordSignIn })
    .from(district)
    .where(eq(district.id, districtId));
  if (!row) throw new Error("The district is missing.");
  return row.passwordSignIn;
}

export async function savePasswordSignIn(tx: Transaction, districtId: string, allowed: boolean) {
  await tx.update(district).set({ passwordSignIn: allowed }).where(eq(district.id, districtId));
}

export interface SsoSignInEntry extends SsoProviderRecord {
  passwordSignIn: boolean;
}

/** Every district's provider with the district's password setting: what sign-in decides by. */
export function listSsoSignInEntries(db: Database | Transaction): Promise<SsoSignInEntry[]> {
  return db
    .select({ ...recordColumns, passwordSignIn: district.passwordSignIn })
    .from(ssoProvider)
    .innerJoin(district, sql`${district.id}::text = ${ssoProvider.organizationId}`);
}

/** Whether a district lets its people use passwords. */
export async function districtAllowsPasswords(db: Database, districtId: string): Promise<boolean> {
  const [row] = await db
    .select({ passwordSignIn: district.passwordSignIn })
    .from(district)
    .where(eq(district.id, districtId));
  return row?.passwordSignIn ?? true;
}

export async function loadDistrictSlug(tx: Transaction, districtId: string): Promise<string> {
  const [row] = await tx
    .select({ slug: district.slug })
    .from(district)
    .where(eq(district.id, districtId));
  if (!row) throw new Error("The district is missing.");
  return row.slug;
}
