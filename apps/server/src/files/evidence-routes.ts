import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Auth } from "@throughline/api/auth";
import {
  deleteEvidence,
  type FileDeps,
  openEvidence,
  oversizedMessage,
  uploadEvidence,
} from "@throughline/api/files/evidence-files";
import type { FileStorage } from "@throughline/api/files/storage";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { MAX_EVIDENCE_BYTES, opensInBrowser } from "@throughline/domain/evidence";
import { idSchema } from "@throughline/domain/ids";
import type { Context } from "hono";
import { Hono } from "hono";
import { contentDisposition } from "./content-disposition.ts";

/** Room for the multipart envelope and the step id around a file at the limit. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface EvidenceRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
}

function problem(c: Context, status: 400 | 401 | 403 | 404 | 413 | 415, message: string) {
  return c.json({ error: message }, status);
}

/**
 * Evidence files for action-plan steps, over plain HTTP because uploads are multipart:
 * `POST /files/evidence` (fields `stepId` and `file`), `GET` and `DELETE /files/evidence/:fileId`.
 * Each request resolves the session like tRPC does and runs inside the viewer's tenant
 * transaction; someone who may not read the plan gets 404, as if the file did not exist.
 */
export function evidenceRoutes(deps: EvidenceRouteDeps): Hono {
  const routes = new Hono();
  const fileDeps: FileDeps = { db: deps.db, storage: deps.storage };

  async function membershipOf(c: Context) {
    return resolveSession(deps, c.req.raw.headers);
  }

  routes.post("/", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    // Refuse an oversized upload from its declared length, before reading it.
    const declared = Number(c.req.header("content-length") ?? "0");
    if (declared > MAX_EVIDENCE_BYTES + MULTIPART_OVERHEAD) {
      return problem(
        c,
        413,
        oversizedMessage(declared - MULTIPART_OVERHEAD) ?? "This file is too large.",
      );
    }
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody();
    } catch {
      return problem(c, 400, "Send the file as a form upload with a step and a file.");
    }
    const stepId = idSchema.safeParse(form.stepId);
    if (!stepId.success) return problem(c, 400, "stepId: This is not a valid id");
    const file = form.file;
    if (!(file instanceof File)) return problem(c, 400, "file: Choose a file to add");
    const result = await uploadEvidence(fileDeps, membership, {
      stepId: stepId.data,
      fileName: file.name,
      contentType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (!result.ok) return problem(c, result.status, result.message);
    return c.json({ fileId: result.fileId }, 201);
  });

  routes.get("/:fileId", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const fileId = idSchema.safeParse(c.req.param("fileId"));
    if (!fileId.success) return problem(c, 404, "There is no such file.");
    const result = await openEvidence(fileDeps, membership, fileId.data);
    if (!result.ok) return problem(c, result.status, result.message);
    const inline = opensInBrowser(result.contentType);
    return new Response(
      Readable.toWeb(result.stream) as unknown as WebReadableStream & ReadableStream,
      {
        status: 200,
        headers: {
          "Content-Type": result.contentType,
          "Content-Length": String(result.sizeBytes),
          "Content-Disposition": contentDisposition(
            inline ? "inline" : "attachment",
            result.fileName,
          ),
          // Serve exactly the stored type: never let a browser guess a file into a page.
          "X-Content-Type-Options": "nosniff",
          // Evidence is personal: no shared cache may keep it.
          "Cache-Control": "private, no-cache",
        },
      },
    );
  });

  routes.delete("/:fileId", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const fileId = idSchema.safeParse(c.req.param("fileId"));
    if (!fileId.success) return problem(c, 404, "There is no such file.");
    const result = await deleteEvidence(fileDeps, membership, fileId.data);
    if (!result.ok) return problem(c, result.status, result.message);
    return c.body(null, 204);
  });

  return routes;
}
