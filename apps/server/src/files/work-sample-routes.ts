import { workSampleFiles } from "@throughline/api/files/work-sample-files";
import { opensInBrowser } from "@throughline/domain/evidence";
import type { Hono } from "hono";
import { type FileRouteDeps, fileRoutes } from "./file-routes.ts";

/**
 * De-identified student work on a team goal's checkpoint: `POST /files/work-samples` (fields
 * `checkpointId` and `file`), `GET` and `DELETE /files/work-samples/:sampleId`. The team reads
 * them; anyone else gets 404, as if they did not exist.
 */
export function workSampleRoutes(deps: FileRouteDeps): Hono {
  return fileRoutes(deps, {
    form: { ownerField: "checkpointId", owner: "a checkpoint", noun: "work sample" },
    notFound: "There is no such work sample.",
    async upload(fileDeps, viewer, { ownerId: checkpointId, ...sample }) {
      const result = await workSampleFiles.upload(fileDeps, viewer, { checkpointId, ...sample });
      return result.ok ? { ok: true, created: { sampleId: result.sampleId } } : result;
    },
    open: workSampleFiles.open,
    inline: opensInBrowser,
    remove: workSampleFiles.remove,
  });
}
