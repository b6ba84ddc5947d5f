import type { Logger } from "../logger.ts";

/**
 * Better Auth answers a request from an origin it does not trust with 403 "Invalid origin",
 * which helps nobody. This turns that answer into one the person can act on (open the server
 * at its public address) and logs what the operator can change (PUBLIC_URL or
 * TRUSTED_ORIGINS). Any other response passes through untouched.
 */
export async function explainOriginRefusal(
  response: Response,
  context: { request: Request; publicUrl: string; logger: Logger },
): Promise<Response> {
  if (response.status !== 403) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { code?: unknown } | null;
  if (body?.code !== "INVALID_ORIGIN" && body?.code !== "MISSING_OR_NULL_ORIGIN") return response;
  const origin = context.request.headers.get("origin") ?? context.request.headers.get("referer");
  context.logger.warn(
    { origin, publicUrl: context.publicUrl, path: new URL(context.request.url).pathname },
    `Sign-in refused from ${origin ?? "an unknown origin"}: people must open Throughline at PUBLIC_URL (${context.publicUrl}). If this address is right, set PUBLIC_URL to it or add it to TRUSTED_ORIGINS (comma-separated).`,
  );
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(
    JSON.stringify({
      code: "INVALID_ORIGIN",
      message: `Open Throughline at ${context.publicUrl} to sign in: this address is not one it is set up for.`,
      publicUrl: context.publicUrl,
    }),
    { status: 403, headers },
  );
}
