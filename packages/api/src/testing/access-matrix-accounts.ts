import { TEST_IDP_CERTIFICATE } from "./sso-test-idp-keys.ts";
import type { TestApi } from "./test-api.ts";

/*
 * Sign-in rows for the access matrix: a device session per place to sign out, and the district's
 * identity provider, which removing and testing need (the demo seeds none).
 */

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

/** The id of the session `caller` is signed in with, as the account page lists it. */
export async function currentSessionId(caller: Caller): Promise<string> {
  const devices = await caller.account.sessions();
  return devices.find((device) => device.current)?.id ?? "";
}

/**
 * The identity provider's sign-in URL: an origin the test server is told is internal, on a port
 * nothing listens on, so "Test sign-in" gets its answer (connection refused) at once and
 * without the network.
 */
export const MATRIX_IDP_ORIGIN = "https://127.0.0.1:1";

/** A SAML provider for the admin's district, saved through the settings page's API. */
export async function saveDistrictProvider(admin: Caller): Promise<void> {
  await admin.ssoSettings.save({
    protocol: "saml",
    preset: "saml",
    displayName: "District sign-in",
    idpMetadataXml: null,
    idpEntityId: "https://idp.maplevalley.test/adfs/services/trust",
    entryPoint: `${MATRIX_IDP_ORIGIN}/adfs/ls/`,
    certificate: TEST_IDP_CERTIFICATE,
    domains: ["maplevalley.test"],
  });
}
