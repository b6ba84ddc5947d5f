/*
 * What a browser does during a single sign-on, for server tests that drive the flow with
 * fetch: keep each site's cookies, and walk the test identity provider's login form.
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
export async function oidcCallbackFor(
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
