/*
 * A test's view of a running server over HTTP, as a browser would reach it: sign-in through
 * Better Auth, tRPC queries and mutations with the session cookie (superjson's envelope).
 */

export async function signInOverHttp(
  baseUrl: string,
  email: string,
  password = "throughline-demo",
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in for ${email} answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

async function unwrap<T>(path: string, response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { result: { data: { json: T } } };
  return body.result.data.json;
}

export async function trpcQuery<T>(
  baseUrl: string,
  cookie: string,
  path: string,
  input?: unknown,
): Promise<T> {
  const query =
    input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await fetch(`${baseUrl}/trpc/${path}${query}`, { headers: { cookie } });
  return unwrap<T>(path, response);
}

export async function trpcMutation<T>(
  baseUrl: string,
  cookie: string,
  path: string,
  input?: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/trpc/${path}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ json: input ?? null }),
  });
  return unwrap<T>(path, response);
}
