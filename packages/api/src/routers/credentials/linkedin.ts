/**
 * LinkedIn's "add a certification" address, prefilled: the profile form opens with the
 * credential's name, issuer, issue (and expiry) month, link and id.
 */
export function linkedInAddCertificationUrl(badge: {
  name: string;
  organizationName: string;
  awardedAt: Date;
  validUntil: Date | null;
  certUrl: string;
  certId: string;
}): string {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: badge.name,
    organizationName: badge.organizationName,
    issueYear: String(badge.awardedAt.getUTCFullYear()),
    issueMonth: String(badge.awardedAt.getUTCMonth() + 1),
  });
  if (badge.validUntil) {
    params.set("expirationYear", String(badge.validUntil.getUTCFullYear()));
    params.set("expirationMonth", String(badge.validUntil.getUTCMonth() + 1));
  }
  params.set("certUrl", badge.certUrl);
  params.set("certId", badge.certId);
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
