import { TEST_PUBLIC_URL } from "@throughline/api/testing/test-api";
import type { Hono } from "hono";

/*
 * The requests a browser sends to the server app, for tests that call `app.request` directly:
 * a submitted HTML form, and a JSON post from the server's own page (with its origin, which
 * Better Auth checks).
 */

type App = Pick<Hono, "request">;

/** An HTML form posted to `path`, as a browser submits it. */
export function postForm(
  app: App,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A JSON body posted to `path` from the server's own pages. */
export function postJson(app: App, path: string, body: unknown) {
  return app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_PUBLIC_URL },
    body: JSON.stringify(body),
  });
}

/** Better Auth's email and password sign-in; the response carries the session cookie. */
export function signInWithPassword(app: App, email: string, password: string) {
  return postJson(app, "/api/auth/sign-in/email", { email, password });
}

/** The `name=value` pairs of a response's cookies, as a `cookie` header sends them back. */
export function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

/** The email of the person a session cookie signs in, or null when it signs no one in. */
export async function signedInEmail(app: App, cookie: string): Promise<string | null> {
  const response = await app.request("/trpc/viewer.me", { headers: { cookie } });
  if (response.status !== 200) return null;
  const body = (await response.json()) as {
    result: { data: { json: { person: { email: string } } } };
  };
  return body.result.data.json.person.email;
}
