import { type APIRequestContext, request } from "playwright-core";
import { DEMO_PASSWORD } from "./browser.ts";

/** A signed-in HTTP client speaking tRPC the way the apps do; `keep` disposes of it later. */
export async function signedInClient(
  serverUrl: string,
  email: string,
  keep: (client: APIRequestContext) => void,
) {
  const client = await request.newContext({ baseURL: serverUrl });
  keep(client);
  const signIn = await client.post("/api/auth/sign-in/email", {
    data: { email, password: DEMO_PASSWORD },
  });
  if (!signIn.ok()) throw new Error(`Sign-in failed for ${email}: ${signIn.status()}`);
  const unwrap = async <T>(response: Awaited<ReturnType<APIRequestContext["get"]>>) => {
    if (!response.ok()) throw new Error(`${response.url()}: ${await response.text()}`);
    return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
  };
  return {
    client,
    query: async <T>(path: string, input?: unknown) =>
      unwrap<T>(
        await client.get(
          `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`,
        ),
      ),
    mutate: async <T>(path: string, input: unknown) =>
      unwrap<T>(await client.post(`/trpc/${path}`, { data: { json: input } })),
  };
}
