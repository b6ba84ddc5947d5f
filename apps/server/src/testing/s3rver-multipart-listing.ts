import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type S3rver from "s3rver";

/*
 * s3rver 3.7 takes multipart uploads (CreateMultipartUpload, UploadPart,
 * CompleteMultipartUpload) but answers ListParts (`GET <key>?uploadId=`) and
 * AbortMultipartUpload (`DELETE <key>?uploadId=`) with 405 MethodNotAllowed. @tus/s3-store asks
 * ListParts before every write (to learn which parts arrived), so resumable video uploads need
 * both. This middleware answers them from the parts s3rver itself keeps on disk
 * (`<uploads>/<uploadId>/<partNumber>` and `.md5`), in S3's own XML; every other call is s3rver's.
 */

function noSuchUpload(uploadId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message><UploadId>${uploadId}</UploadId></Error>`;
}

async function partsXml(folder: string): Promise<string> {
  const numbers = (await readdir(folder))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
  const parts = await Promise.all(
    numbers.map(async (number) => {
      const [{ size }, md5] = await Promise.all([
        stat(join(folder, String(number))),
        readFile(join(folder, `${number}.md5`), "utf8"),
      ]);
      return `<Part><PartNumber>${number}</PartNumber><ETag>"${md5}"</ETag><Size>${size}</Size></Part>`;
    }),
  );
  return parts.join("");
}

/** Teaches a not yet running s3rver ListParts and AbortMultipartUpload. */
export function answerMultipartListing(server: S3rver): void {
  server.middleware.unshift(async (context, next) => {
    const uploadId = context.query.uploadId;
    const [, bucket, ...key] = context.path.split("/");
    const listing = context.method === "GET" && context.query.partNumber === undefined;
    if (typeof uploadId !== "string" || !bucket || key.length === 0) return next();
    if (!listing && context.method !== "DELETE") return next();
    const folder = join(server.store.getResourcePath(bucket, undefined, "uploads"), uploadId);
    if (!(await stat(folder).catch(() => null))) {
      context.status = 404;
      context.type = "application/xml";
      context.body = noSuchUpload(uploadId);
      return;
    }
    if (context.method === "DELETE") {
      await rm(folder, { recursive: true, force: true });
      context.status = 204;
      return;
    }
    context.type = "application/xml";
    context.body = `<?xml version="1.0" encoding="UTF-8"?>\n<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${bucket}</Bucket><Key>${key.join("/")}</Key><UploadId>${uploadId}</UploadId><IsTruncated>false</IsTruncated>${await partsXml(folder)}</ListPartsResult>`;
  });
}
