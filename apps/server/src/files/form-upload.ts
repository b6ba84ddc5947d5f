import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { idSchema } from "@throughline/domain/ids";
import type { Context } from "hono";
import { contentDisposition } from "./content-disposition.ts";

/*
 * What every upload route does the same way: read the multipart form (its size is capped while
 * it streams in, by request-limits.ts), check the owner's id and the file; and send a stored
 * file back.
 */

type ProblemStatus = 400 | 401 | 403 | 404 | 413 | 415;

export function problem(c: Context, status: ProblemStatus, message: string) {
  return c.json({ error: message }, status);
}

export interface FormUpload {
  ownerId: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * The form's owner id (`ownerField`, e.g. "stepId") and file, or the problem to answer with.
 * `noun` names the file in messages ("file", "photo"); `owner` names what it belongs to.
 */
export async function readFormUpload(
  c: Context,
  names: { ownerField: string; owner: string; noun: string },
): Promise<
  { ok: true; upload: FormUpload } | { ok: false; status: ProblemStatus; message: string }
> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody();
  } catch {
    return {
      ok: false,
      status: 400,
      message: `Send the ${names.noun} as a form upload with ${names.owner} and a file.`,
    };
  }
  const ownerId = idSchema.safeParse(form[names.ownerField]);
  if (!ownerId.success) {
    return { ok: false, status: 400, message: `${names.ownerField}: This is not a valid id` };
  }
  const file = form.file;
  if (!(file instanceof File)) {
    return { ok: false, status: 400, message: `file: Choose a ${names.noun} to add` };
  }
  return {
    ok: true,
    upload: {
      ownerId: ownerId.data,
      fileName: file.name,
      contentType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    },
  };
}

/** A stored file as the answer; never sniffed into another type by the browser. */
export function storedFileResponse(
  file: { stream: Readable; fileName: string; contentType: string; sizeBytes: number },
  options: { inline: boolean; cacheControl: string },
): Response {
  return new Response(
    Readable.toWeb(file.stream) as unknown as WebReadableStream & ReadableStream,
    {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": contentDisposition(
          options.inline ? "inline" : "attachment",
          file.fileName,
        ),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": options.cacheControl,
      },
    },
  );
}
