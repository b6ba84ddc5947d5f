import { observationPhotoFiles } from "@throughline/api/files/observation-photo-files";
import type { Hono } from "hono";
import { type FileRouteDeps, fileRoutes } from "./file-routes.ts";

/**
 * Photos taken during an observation: `POST /files/observation-photos` (fields `observationId`
 * and `file`), `GET` and `DELETE /files/observation-photos/:photoId`. Who may read a photo is
 * who may read the observation's content; anyone else gets 404, as if it did not exist.
 */
export function observationPhotoRoutes(deps: FileRouteDeps): Hono {
  return fileRoutes(deps, {
    form: { ownerField: "observationId", owner: "an observation", noun: "photo" },
    notFound: "There is no such photo.",
    async upload(fileDeps, viewer, { ownerId: observationId, ...photo }) {
      const result = await observationPhotoFiles.upload(fileDeps, viewer, {
        observationId,
        ...photo,
      });
      return result.ok ? { ok: true, created: { photoId: result.photoId } } : result;
    },
    open: observationPhotoFiles.open,
    // Only images are accepted as photos, so each is shown in the page.
    inline: () => true,
    remove: observationPhotoFiles.remove,
  });
}
