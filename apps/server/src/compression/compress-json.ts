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
 */
export function compressJson(threshold = COMPRESS_JSON_THRESHOLD): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get("Content-Type") ?? "";
    const streamed =
      c.req.header("trpc-accept") !== undefined || res.headers.has("Transfer-Encoding");
    if (!type.startsWith("application/json") || streamed || !res.body) return;
    if (res.headers.has("Content-Encoding") || c.req.method === "HEAD") return;
    const vary = varyOnAcceptEncoding(res.headers.get("Vary"));
    const encoding = chooseEncoding(c.req.header("Accept-Encoding"), ["br", "gzip"]);
    const body = Buffer.from(await res.arrayBuffer());
    const compressed =
      encoding === undefined || body.length < threshold
        ? undefined
        : encoding === "br"
          ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
          : await gzipAsync(body, { level: 6 });
    c.res = new Response(compressed ?? body, res);
    c.res.headers.set("Vary", vary);
    c.res.headers.set("Content-Length", String((compressed ?? body).length));
    if (compressed && encoding) c.res.headers.set("Content-Encoding", encoding);
  };
}
