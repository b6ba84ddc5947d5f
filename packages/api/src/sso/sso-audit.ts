import {
  findDistrictSsoProvider,
  type SsoProviderRecord,
} from "@throughline/db/queries/accounts/sso-providers";
import type { AuditFields } from "@throughline/domain/audit";
import { auditDifference } from "../audited.ts";
import type { TenantScope } from "../session.ts";

/**
 * The identity provider as the audit log shows it: protocol, issuer and domains. The stored
 * configuration holds the sealed client secret and certificates, so it never enters the log.
 */
function providerFields(record: SsoProviderRecord | null): AuditFields | null {
  if (!record) return null;
  return {
    protocol: record.samlConfig ? "saml" : "oidc",
    issuer: record.issuer,
    domains: record.domain,
  };
}

/** Reads the provider before a change; call the returned function after it to record it. */
export async function ssoChange(
  scope: TenantScope,
): Promise<(action: "sso.saved" | "sso.removed") => Promise<void>> {
  const before = providerFields(await findDistrictSsoProvider(scope.tx, scope.districtId));
  return async (action) => {
    const after = providerFields(await findDistrictSsoProvider(scope.tx, scope.districtId));
    // Saving the same settings again (a new secret, say) is still a change worth recording.
    await auditDifference(
      scope,
      { kind: "sso_provider", id: null },
      action,
      before,
      after && before && JSON.stringify(after) === JSON.stringify(before)
        ? { ...after, savedAgain: true }
        : after,
    );
  };
}
