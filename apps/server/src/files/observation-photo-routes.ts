import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Auth } from "@throughline/api/auth";
import { type FileDeps, oversizedMessage } from "@throughline/api/files/evidence-files";
import {
  deleteObservationPhoto,
  openObservationPhoto,
  uploadObservationPhoto,
} from "@throughline/api/files/observation-photo-files";
import type { FileStorage } from "@throughline/api/files/storage";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { MAX_EVIDENCE_BYTES } from "@throughline/domain/evidence";
import { idSchema } from "@throughline/domain/ids";
import type { Context } from "hono";
import { Hono } from "hono";
import { contentDisposition } from "./content-disposition.ts";

/** Room for the multipart envelope and the observation id around a photo at the limit. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface ObservationPhotoRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
}

function problem(c: Context, status: 400 | 401 | 403 | 404 | 413 | 415, message: string) {
  return c.json({ error: message }, status);
}

/**
 * Photos taken during an observation: `POST /files/observation-photos` (fields `observationId`
 * and `file`), `GET` and `DELETE /files/observation-photos/:photoId`. Who may read a photo is
 * who may read the observation's content; anyone else gets 404, as if it did not exist.
 */
export function observationPhotoRoutes(deps: ObservationPhotoRouteDeps): Hono {
  const routes = new Hono();
  const fileDeps: FileDeps = { db: deps.db, storage: deps.storage };
  const membershipOf = (c: Context) => resolveSession(deps, c.req.raw.headers);

  routes.post("/", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    // Refuse an oversized upload from its declared length, before reading it.
    const declared = Number(c.req.header("content-length") ?? "0");
    if (declared > MAX_EVIDENCE_BYTES + MULTIPART_OVERHEAD) {
      return problem(
        c,
        413,
        oversizedMessage(declared - MULTIPART_OVERHEAD) ?? "This photo is too large.",
      );
    }
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody();
    } catch {
      return problem(c, 400, "Send the photo as a form upload with an observation and a file.");
    }
    const observationId = idSchema.safeParse(form.observationId);
    if (!observationId.success) return problem(c, 400, "observationId: This is not a valid id");
    const file = form.file;
    if (!(file instanceof File)) return problem(c, 400, "file: Choose a photo to add");
    const result = await uploadObservationPhoto(fileDeps, membership, {
      observationId: observationId.data,
      fileName: file.name,
      contentType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (!result.ok) return problem(c, result.status, result.message);
    return c.json({ photoId: result.photoId }, 201);
  });

  routes.get("/:photoId", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const photoId = idSchema.safeParse(c.req.param("photoId"));
    if (!photoId.success) return problem(c, 404, "There is no such photo.");
    const result = await openObservationPhoto(fileDeps, membership, photoId.data);
    if (!result.ok) return problem(c, result.status, result.message);
    return new Response(
      Readable.toWeb(result.stream) as unknown as WebReadableStream & ReadableStream,
      {
        status: 200,
        headers: {
          "Content-Type": result.contentType,
          "Content-Length": String(result.sizeBytes),
          "Content-Disposition": contentDisposition("inline", result.fileName),
          // Serve exactly the stored image type: never let a browser guess a file into a page.
          "X-Content-Type-Options": "nosniff",
          // A lesson photo is personal: no shared cache may keep it.
          "Cache-Control": "private, no-cache",
        },
      },
    );
  });

  routes.delete("/:photoId", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const photoId = idSchema.safeParse(c.req.param("photoId"));
    if (!photoId.success) return problem(c, 404, "There is no such photo.");
    const result = await deleteObservationPhoto(fileDeps, membership, photoId.data);
    if (!result.ok) return problem(c, result.status, result.message);
    return c.body(null, 204);
  });

  return routes;
}
