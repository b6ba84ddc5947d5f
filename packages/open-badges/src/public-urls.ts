import { districtDid } from "./did-web.ts";

/**
 * The public addresses of a district's badge documents, all under the server's public URL, so a
 * credential names only addresses that this server answers.
 */
export function issuerUrls(publicUrl: string, districtSlug: string) {
  const origin = publicUrl.replace(/\/+$/, "");
  const district = `${origin}/districts/${encodeURIComponent(districtSlug)}`;
  return {
    did: districtDid(origin, districtSlug),
    didDocument: `${district}/did.json`,
    statusList: `${district}/status/revocation`,
    /** The district's logo, as its issuer profile shows it (when it has one). */
    logo: `${district}/logo`,
    achievement: (versionId: string) => `${district}/achievements/${versionId}`,
    achievementImage: (versionId: string) => `${district}/achievements/${versionId}/image`,
    /** The same image as a PNG, for LinkedIn and the wallets that show no SVG. */
    achievementImagePng: (versionId: string) => `${district}/achievements/${versionId}/image.png`,
    credentialPage: (badgeId: string) => `${origin}/credentials/${badgeId}`,
    credentialJson: (badgeId: string) => `${origin}/credentials/${badgeId}.json`,
  };
}
