import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { chooseEncoding, varyOnAcceptEncoding } from "./accept-encoding.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed body saves less than it costs to make. */
export const COMPRESS_JSON_THRESHOLD = 1024;

/**
 * Compresses JSON answers (tRPC's) of at least `threshold` bytes for a client that accepts
 * brotli or gzip. The body is read whole, so this is only for answers that are not streamed:
 * a streamed one (tRPC's `trpc-accept: application/jsonl`, chunked transfer) goes out as is.
 * Brotli at quality 4 costs about as much CPU as gzip and is smaller.
 *
 * Every request passes here, so the answer is left untouched unless it is read: its headers are
 * changed in place, and its body is read only when the client accepts a compressed one. (Under
 * @hono/node-server a Response made from a string is written straight to the socket; reading
 * it, or replacing it through `c.res`, builds the full fetch Response and its streams.)
 */
export function compressJson(threshold = COMPRESS_JSON_THRESHOLD): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const headers = res.headers;
    const type = headers.get("Content-Type") ?? "";
    const streamed = c.req.header("trpc-accept") !== undefined || headers.has("Transfer-Encoding");
    if (!type.startsWith("application/json") || streamed) return;
    if (headers.has("Content-Encoding") || c.req.method === "HEAD") return;
    headers.set("Vary", varyOnAcceptEncoding(headers.get("Vary")));
    const encoding = chooseEncoding(c.req.header("Accept-Encoding"), ["br", "gzip"]);
    if (encoding === undefined) return;
    const body = Buffer.from(await res.arrayBuffer());
    const compressed =
      body.length < threshold
        ? undefined
        : encoding === "br"
          ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
          : await gzipAsync(body, { level: 6 });
    headers.set("Content-Length", String((compressed ?? body).length));
    if (compressed) headers.set("Content-Encoding", encoding);
    // A plain init (not the old Response) keeps the new one on the direct write path; unset
    // first, because assigning over an answer makes Hono copy the new one again.
    const answer = new Response(compressed ?? body, { status: res.status, headers });
    c.res = undefined;
    c.res = answer;
  };
}
