import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import {
  TEST_IDP_CERTIFICATE,
  TEST_IDP_PRIVATE_KEY,
} from "@throughline/api/testing/sso-test-idp-keys";
import * as samlify from "samlify";

/**
 * A SAML 2.0 identity provider (samlify) on 127.0.0.1 for tests. It answers the service
 * provider's AuthnRequest with a small sign-in form (any email), then a page that posts a signed
 * assertion to the ACS URL, as ADFS or Shibboleth do. The last answer is kept, so a test can
 * post it a second time (a replay).
 */
export interface SamlTestIdp {
  origin: string;
  /** The IdP metadata XML a district admin pastes into the settings page. */
  metadata: string;
  /** The last signed answer, as the auto-posting form sent it. */
  lastAnswer(): { acsUrl: string; samlResponse: string; relayState: string } | null;
  /**
   * Changes values in the next signed answer only (samlify's template tags: `Audience`,
   * `ConditionsNotOnOrAfter`, `SubjectConfirmationDataNotOnOrAfter`, …), still signed with the
   * provider's key, as a misconfigured or stale identity provider would send it.
   */
  alterNextAnswer(values: Record<string, string>): void;
  close(): Promise<void>;
}

// samlify checks XML against a schema validator; the service provider (the SSO plugin) does the
// real validation, this IdP only reads requests the tests' own server made.
samlify.setSchemaValidator({ validate: async () => "skipped" });

const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
const EMAIL_ADDRESS = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

/** The answer samlify would make by default (same tags and values), with `altered` over them. */
function alteredAnswer(
  template: string,
  sp: ReturnType<typeof samlify.ServiceProvider>,
  origin: string,
  extract: { request?: { id?: string } },
  email: string,
  altered: Record<string, string>,
): { id: string; context: string } {
  const now = new Date();
  const fiveMinutesLater = new Date(now.getTime() + 5 * 60_000).toISOString();
  const acs = sp.entityMeta.getAssertionConsumerService("post");
  const acsUrl = Array.isArray(acs) ? (acs[0] ?? "") : acs;
  const id = `_${randomUUID()}`;
  const values: Record<string, string> = {
    ID: id,
    AssertionID: `_${randomUUID()}`,
    Destination: acsUrl,
    Audience: sp.entityMeta.getEntityID(),
    EntityID: sp.entityMeta.getEntityID(),
    SubjectRecipient: acsUrl,
    Issuer: `${origin}/metadata`,
    IssueInstant: now.toISOString(),
    AssertionConsumerServiceURL: acsUrl,
    StatusCode: samlify.Constants.StatusCode.Success,
    ConditionsNotBefore: now.toISOString(),
    ConditionsNotOnOrAfter: fiveMinutesLater,
    SubjectConfirmationDataNotOnOrAfter: fiveMinutesLater,
    NameIDFormat: EMAIL_ADDRESS,
    NameID: email,
    InResponseTo: extract.request?.id ?? "",
    AuthnStatement: "",
    AttributeStatement: "",
    ...altered,
  };
  return { id: values.ID ?? id, context: samlify.SamlLib.replaceTagsByValue(template, values) };
}

export async function startSamlTestIdp(options: {
  /** The service provider's metadata (from the server under test), read when needed. */
  spMetadata: () => Promise<string>;
}): Promise<SamlTestIdp> {
  let origin = "";
  let last: { acsUrl: string; samlResponse: string; relayState: string } | null = null;
  let idp: ReturnType<typeof samlify.IdentityProvider> | null = null;
  let alterations: Record<string, string> | null = null;

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", origin);
      if (!idp) throw new Error("not ready");
      const sp = samlify.ServiceProvider({ metadata: await options.spMetadata() });
      if (url.pathname === "/sso" && request.method === "GET") {
        const query = Object.fromEntries(url.searchParams);
        await idp.parseLoginRequest(sp, "redirect", { query });
        response.setHeader("content-type", "text/html");
        response.end(
          page(
            "Test SAML identity provider",
            `<form method="post" action="/sso/login">
<input type="hidden" name="SAMLRequest" value="${escapeAttribute(query.SAMLRequest ?? "")}">
<input type="hidden" name="RelayState" value="${escapeAttribute(query.RelayState ?? "")}">
<label>SAML email <input name="email" type="email" required></label>
<button type="submit">Sign in at the SAML provider</button>
</form>`,
          ),
        );
        return;
      }
      if (url.pathname === "/sso/login" && request.method === "POST") {
        const body = await formBody(request);
        const query = { SAMLRequest: body.get("SAMLRequest") ?? "" };
        const parsed = await idp.parseLoginRequest(sp, "redirect", { query });
        const relayState = body.get("RelayState") ?? "";
        const email = body.get("email") ?? "";
        const altered = alterations;
        alterations = null;
        const answer = await idp.createLoginResponse(
          sp,
          { extract: parsed.extract },
          "post",
          { email },
          altered
            ? {
                relayState,
                customTagReplacement: (template: string) =>
                  alteredAnswer(template, sp, origin, parsed.extract, email, altered),
              }
            : { relayState },
        );
        const acsUrl = "entityEndpoint" in answer ? answer.entityEndpoint : "";
        last = { acsUrl, samlResponse: answer.context, relayState };
        response.setHeader("content-type", "text/html");
        response.end(
          `<!doctype html><html lang="en"><head><title>Signing in</title></head><body onload="document.forms[0].submit()"><form method="post" action="${escapeAttribute(acsUrl)}"><input type="hidden" name="SAMLResponse" value="${escapeAttribute(answer.context)}"><input type="hidden" name="RelayState" value="${escapeAttribute(relayState)}"><noscript><button>Continue</button></noscript></form></body></html>`,
        );
        return;
      }
      if (url.pathname === "/metadata") {
        response.setHeader("content-type", "application/xml");
        response.end(idp.getMetadata());
        return;
      }
      response.statusCode = 404;
      response.end("not found");
    })().catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  idp = samlify.IdentityProvider({
    entityID: `${origin}/metadata`,
    signingCert: TEST_IDP_CERTIFICATE,
    privateKey: TEST_IDP_PRIVATE_KEY,
    singleSignOnService: [{ Binding: REDIRECT, Location: `${origin}/sso` }],
    nameIDFormat: [EMAIL_ADDRESS],
    wantAuthnRequestsSigned: false,
  });
  const metadata = idp.getMetadata();
  return {
    origin,
    metadata,
    lastAnswer: () => last,
    alterNextAnswer: (values) => {
      alterations = values;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
