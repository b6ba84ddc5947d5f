import type { Auth } from "@throughline/api/auth";
import type { FileDeps } from "@throughline/api/files/evidence-files";
import {
  deleteObservationPhoto,
  openObservationPhoto,
  uploadObservationPhoto,
} from "@throughline/api/files/observation-photo-files";
import type { FileStorage } from "@throughline/api/files/storage";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { idSchema } from "@throughline/domain/ids";
import type { Context } from "hono";
import { Hono } from "hono";
import { problem, readFormUpload, storedFileResponse } from "./form-upload.ts";

export interface ObservationPhotoRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
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
    const form = await readFormUpload(c, {
      ownerField: "observationId",
      owner: "an observation",
      noun: "photo",
    });
    if (!form.ok) return problem(c, form.status, form.message);
    const { ownerId: observationId, ...photo } = form.upload;
    const result = await uploadObservationPhoto(fileDeps, membership, { observationId, ...photo });
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
    // A lesson photo is personal: no shared cache may keep it.
    return storedFileResponse(result, { inline: true, cacheControl: "private, no-cache" });
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
