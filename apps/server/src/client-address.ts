import { getConnInfo } from "@hono/node-server/conninfo";
import { CLIENT_ADDRESS_HEADER } from "@throughline/api/auth";
import type { Context } from "hono";

/** The address of the connection, or "unknown" when there is no socket (in-process requests). */
export function connectingAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * A copy of the request carrying the connecting address in our own header. Any value a client
 * sent in that header is replaced: clients must not choose which rate-limit bucket they use.
 */
export function withClientAddress(request: Request, address: string): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, address);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(request.url, {
    method: request.method,
    headers,
    body: hasBody ? request.body : null,
    // Node's fetch needs this to forward a streamed body.
    duplex: "half",
  } as RequestInit);
}
