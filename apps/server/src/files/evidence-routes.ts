import { evidenceFiles } from "@throughline/api/files/evidence-files";
import { opensInBrowser } from "@throughline/domain/evidence";
import type { Hono } from "hono";
import { type FileRouteDeps, fileRoutes } from "./file-routes.ts";

/**
 * Evidence files for action-plan steps, over plain HTTP because uploads are multipart:
 * `POST /files/evidence` (fields `stepId` and `file`), `GET` and `DELETE /files/evidence/:fileId`.
 * Each request resolves the session like tRPC does and runs inside the viewer's tenant
 * transaction; someone who may not read the plan gets 404, as if the file did not exist.
 */
export function evidenceRoutes(deps: FileRouteDeps): Hono {
  return fileRoutes(deps, {
    form: { ownerField: "stepId", owner: "a step", noun: "file" },
    notFound: "There is no such file.",
    async upload(fileDeps, viewer, { ownerId: stepId, ...file }) {
      const result = await evidenceFiles.upload(fileDeps, viewer, { stepId, ...file });
      return result.ok ? { ok: true, created: { fileId: result.fileId } } : result;
    },
    open: evidenceFiles.open,
    inline: opensInBrowser,
    remove: evidenceFiles.remove,
  });
}
