import { TEST_PUBLIC_URL } from "@throughline/api/testing/test-api";
import type { Hono } from "hono";
import { postJson } from "./app-requests.ts";

/*
 * What a browser does during a single sign-on, for server tests that drive the flow with
 * fetch: keep each site's cookies, start the sign-in, and walk the test identity provider's
 * login form back to the server.
 */

/** Cookies by name, as a browser would keep them for one site. */
export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value.join("="));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Through oidc-provider's sign-in form as `login`, back to the server's callback. */
async function oidcCallbackFor(
  authorizationUrl: string,
  login: string,
  callback: string,
): Promise<string> {
  const idpJar = new CookieJar();
  let next = authorizationUrl;
  let form: URLSearchParams | null = null;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(next, {
      redirect: "manual",
      method: form ? "POST" : "GET",
      headers: {
        cookie: idpJar.header(),
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: form ?? undefined,
    });
    idpJar.take(response);
    form = null;
    const location = response.headers.get("location");
    if (location) {
      const target = new URL(location, next).href;
      if (target.startsWith(callback)) return target;
      next = target;
      continue;
    }
    // The provider's login form: post the login to it.
    const html = await response.text();
    const action = html.match(/action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`Unexpected page from the provider: ${html.slice(0, 300)}`);
    next = new URL(action, next).href;
    form = new URLSearchParams({ prompt: "login", login, password: "any" });
  }
  throw new Error("The provider never sent the browser back.");
}

/** Where the test server takes Maple Valley's single sign-on answers (`saveMapleValleyOidc`). */
export const MAPLE_VALLEY_SSO_CALLBACK = `${TEST_PUBLIC_URL}/api/auth/sso/callback/maple-valley`;

/**
 * The teacher app's "Continue with single sign-on" for `email`: the server's cookies go in
 * `jar`, and the answer is the provider's address the browser is sent to.
 */
export async function startSsoSignIn(
  app: Pick<Hono, "request">,
  email: string,
  jar: CookieJar,
): Promise<string> {
  const response = await postJson(app, "/api/auth/sign-in/sso", {
    email,
    callbackURL: "/teacher/",
    errorCallbackURL: "/sso/refused?app=teacher",
  });
  if (response.status !== 200) throw new Error(`Single sign-on answered ${response.status}`);
  jar.take(response);
  const { url } = (await response.json()) as { url: string };
  return url;
}

/**
 * A whole OpenID Connect sign-in as `login` at the test provider, started for `startEmail`
 * (`login` unless given): the server's answer to the provider's callback, the browser's
 * cookies after it, and the callback's path (to replay it).
 */
export async function signInWithOidc(
  app: Pick<Hono, "request">,
  login: string,
  startEmail = login,
): Promise<{ response: Response; jar: CookieJar; callbackPath: string }> {
  const jar = new CookieJar();
  const authorizationUrl = await startSsoSignIn(app, startEmail, jar);
  const callback = new URL(
    await oidcCallbackFor(authorizationUrl, login, MAPLE_VALLEY_SSO_CALLBACK),
  );
  const callbackPath = callback.pathname + callback.search;
  const response = await app.request(callbackPath, { headers: { cookie: jar.header() } });
  jar.take(response);
  return { response, jar, callbackPath };
}
