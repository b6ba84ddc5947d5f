import { eq } from "drizzle-orm";
import type { Database, Transaction } from "../../client.ts";
import { district } from "../../schema/index.ts";

/* The district as the issuer of its badges: its website and logo. `district` is global (it is
 * the tenant), so every statement names the district. */

interface IssuerProfileRow {
  slug: string;
  websiteUrl: string | null;
  logoStorageKey: string | null;
  logoContentType: string | null;
}

const profileColumns = {
  slug: district.slug,
  websiteUrl: district.websiteUrl,
  logoStorageKey: district.logoStorageKey,
  logoContentType: district.logoContentType,
};

export async function loadIssuerProfile(
  tx: Transaction | Database,
  districtId: string,
): Promise<IssuerProfileRow> {
  const [row] = await tx.select(profileColumns).from(district).where(eq(district.id, districtId));
  if (!row) throw new Error("The district is missing.");
  return row;
}

/** Sets the website and the logo; a logo left undefined keeps the current one. */
export async function updateIssuerProfile(
  tx: Transaction,
  districtId: string,
  values: { websiteUrl: string | null; logo?: { storageKey: string; contentType: string } | null },
): Promise<void> {
  await tx
    .update(district)
    .set({
      websiteUrl: values.websiteUrl,
      ...(values.logo === undefined
        ? {}
        : {
            logoStorageKey: values.logo?.storageKey ?? null,
            logoContentType: values.logo?.contentType ?? null,
          }),
    })
    .where(eq(district.id, districtId));
}
