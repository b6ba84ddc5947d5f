import type { Auth } from "@throughline/api/auth";
import {
  deleteEvidence,
  type FileDeps,
  openEvidence,
  uploadEvidence,
} from "@throughline/api/files/evidence-files";
import type { FileStorage } from "@throughline/api/files/storage";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { opensInBrowser } from "@throughline/domain/evidence";
import { idSchema } from "@throughline/domain/ids";
import type { Context } from "hono";
import { Hono } from "hono";
import { problem, readFormUpload, storedFileResponse } from "./form-upload.ts";

export interface EvidenceRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
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
    const form = await readFormUpload(c, { ownerField: "stepId", owner: "a step", noun: "file" });
    if (!form.ok) return problem(c, form.status, form.message);
    const { ownerId: stepId, ...file } = form.upload;
    const result = await uploadEvidence(fileDeps, membership, { stepId, ...file });
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
    // Evidence is personal: no shared cache may keep it.
    return storedFileResponse(result, {
      inline: opensInBrowser(result.contentType),
      cacheControl: "private, no-cache",
    });
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
