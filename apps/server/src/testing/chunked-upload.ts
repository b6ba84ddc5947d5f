import { request } from "node:http";

interface ChunkedUploadResult {
  status: number;
  body: string;
  /** How much of the body had been written when the answer came. */
  bytesSent: number;
}

/**
 * POSTs a body of up to `totalBytes` with `Transfer-Encoding: chunked` and no Content-Length, as
 * a client streaming an upload does, and stops writing as soon as the server answers: how much
 * it had to send before being refused shows whether the server counted as it read.
 */
export function chunkedUpload(
  url: string,
  options: { headers?: Record<string, string>; totalBytes: number; chunkBytes?: number },
): Promise<ChunkedUploadResult> {
  const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, "a");
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const outgoing = request(url, {
      method: "POST",
      headers: { ...options.headers, "transfer-encoding": "chunked" },
    });
    outgoing.on("response", (response) => {
      answered = true;
      const sentWhenAnswered = bytesSent;
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => {
        outgoing.destroy();
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(parts).toString("utf8"),
          bytesSent: sentWhenAnswered,
        });
      });
    });
    outgoing.on("error", (error) => {
      // The server closing the connection after its answer is expected, not a failure.
      if (!answered) reject(error);
    });
    // One chunk per turn of the event loop, so an answer is read as soon as it comes (the
    // server closes the connection a little later, and a client still writing then would see
    // only the broken pipe).
    const writeMore = () => {
      if (answered) return;
      if (bytesSent >= options.totalBytes) {
        outgoing.end();
        return;
      }
      bytesSent += chunk.length;
      if (outgoing.write(chunk)) setImmediate(writeMore);
      else outgoing.once("drain", () => setImmediate(writeMore));
    };
    writeMore();
  });
}
