/*
 * A bearer assertion may be used only until its SubjectConfirmationData NotOnOrAfter (SAML 2.0
 * Profiles §4.1.4.2). The SSO plugin checks the assertion's Conditions window but not this one,
 * so an assertion whose confirmation has lapsed would still sign someone in. This reads the
 * posted answer before the plugin does and refuses it then; it only ever refuses more, so it
 * needs no signature check of its own (the plugin verifies the signature afterwards).
 */

/** The clock skew the SSO plugin allows on the assertion's other times. */
export const SAML_CLOCK_SKEW_MS = 5 * 60_000;

const confirmationDataTag = /<(?:[A-Za-z_][\w.-]*:)?SubjectConfirmationData\b[^>]*>/g;
const notOnOrAfterAttribute = /\sNotOnOrAfter\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Whether any SubjectConfirmationData in a base64 SAMLResponse has lapsed at `now`. */
export function samlConfirmationExpired(
  samlResponse: string,
  now: Date = new Date(),
  skewMs: number = SAML_CLOCK_SKEW_MS,
): boolean {
  let xml: string;
  try {
    xml = Buffer.from(samlResponse, "base64").toString("utf8");
  } catch {
    return false;
  }
  for (const [tag] of xml.matchAll(confirmationDataTag)) {
    const match = notOnOrAfterAttribute.exec(tag);
    const value = match?.[1] ?? match?.[2];
    if (value === undefined) continue;
    const time = Date.parse(value);
    // An unreadable time is no time at all: refuse rather than guess.
    if (Number.isNaN(time) || now.getTime() >= time + skewMs) return true;
  }
  return false;
}
