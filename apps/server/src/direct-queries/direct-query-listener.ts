import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { createRequestContext, type RequestContextDeps } from "@throughline/api/context";
import { answerQueryDirectly, type DirectQueryCall } from "@throughline/api/direct-query";
import { runInRequestScope } from "@throughline/api/request-scope";
import { chooseEncoding } from "../compression/accept-encoding.ts";
import { COMPRESS_JSON_THRESHOLD } from "../compression/compress-json.ts";
import type { Logger } from "../logger.ts";
import { redactPath } from "../request-log/redact-path.ts";
import { REQUEST_ID_HEADER, requestIdOf } from "../request-log/request-logging.ts";
import type { SecurityHeadersFor } from "../security/security-headers.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

interface DirectQueryDeps {
  contextDeps: RequestContextDeps;
  logger: Logger;
  securityHeaders: SecurityHeadersFor;
}

/**
 * Wraps the server's request listener: a GET of tRPC queries, one or a batch (what the apps send
 * for each page's data, `viewer.me` first) is answered here, on node's own request and response, with
 * the answer the Hono pipeline would give byte for byte — the same headers (security, request
 * id, Vary), the same compression, the same log line. Building the fetch `Request` and
 * `Response` objects, Hono's middleware chain and tRPC's fetch adapter cost a small query
 * two to three times its own work. Everything else, and any query that does not succeed, goes
 * to `fallback` untouched: the full pipeline gives errors their usual shape.
 * `direct-query-listener.test.ts` holds the two paths' answers equal.
 */
export function withDirectQueries(
  deps: DirectQueryDeps,
  fallback: RequestListener,
): RequestListener {
  return (incoming, outgoing) => {
    const call = directCallOf(incoming);
    if (!call) {
      fallback(incoming, outgoing);
      return;
    }
    answer(deps, incoming, outgoing, call).then(
      (answered) => {
        if (!answered) fallback(incoming, outgoing);
      },
      (error: unknown) => {
        deps.logger.error({ err: error, path: call.paths.join(",") }, "direct query failed");
        if (!outgoing.headersSent) fallback(incoming, outgoing);
        else outgoing.destroy();
      },
    );
  };
}

/** A GET of one procedure or a batch of several, not streamed; null for anything else. */
function directCallOf(incoming: IncomingMessage): DirectQueryCall | null {
  const url = incoming.url;
  if (incoming.method !== "GET" || !url?.startsWith("/trpc/")) return null;
  // A streamed batch (httpBatchStreamLink) answers in JSON lines: tRPC's own.
  if (incoming.headers["trpc-accept"] !== undefined) return null;
  if (incoming.headers.accept === "application/jsonl") return null;
  const queryAt = url.indexOf("?");
  const rawPath = url.slice("/trpc/".length, queryAt === -1 ? undefined : queryAt);
  if (rawPath.includes("%")) return null;
  const search = new URLSearchParams(queryAt === -1 ? "" : url.slice(queryAt + 1));
  const batch = search.get("batch") === "1";
  const paths = rawPath.split(",");
  // Several paths without batch=1 is one odd path to tRPC (a 404): the pipeline says so.
  if (paths.length > 1 && !batch) return null;
  return { paths, input: search.get("input"), batch };
}

async function answer(
  deps: DirectQueryDeps,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  call: DirectQueryCall,
): Promise<boolean> {
  const requestId = requestIdOf(headerValue(incoming, REQUEST_ID_HEADER));
  return runInRequestScope({ requestId }, async () => {
    const started = performance.now();
    const ctx = createRequestContext(deps.contextDeps, headersOf(incoming));
    const json = await answerQueryDirectly(ctx, call);
    if (json === null) return false;
    const body = Buffer.from(json);
    const encoding = chooseEncoding(headerValue(incoming, "accept-encoding"), ["br", "gzip"]);
    const compressed =
      encoding === undefined || body.length < COMPRESS_JSON_THRESHOLD
        ? undefined
        : encoding === "br"
          ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
          : await gzipAsync(body, { level: 6 });
    const path = `/trpc/${call.paths.join(",")}`;
    const headers: Record<string, string> = {
      vary: "trpc-accept, accept, Accept-Encoding",
      "content-type": "application/json",
    };
    for (const [name, value] of deps.securityHeaders(path)) headers[name.toLowerCase()] = value;
    headers[REQUEST_ID_HEADER.toLowerCase()] = requestId;
    if (compressed) headers["content-encoding"] = encoding as string;
    headers["content-length"] = String((compressed ?? body).length);
    outgoing.writeHead(200, headers).end(compressed ?? body);
    deps.logger.info(
      {
        method: "GET",
        path: redactPath(path),
        status: 200,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
    return true;
  });
}

function headerValue(incoming: IncomingMessage, name: string): string | undefined {
  const value = incoming.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The request's headers as procedures read them (`ctx.headers`, the session cookie first). */
function headersOf(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}
