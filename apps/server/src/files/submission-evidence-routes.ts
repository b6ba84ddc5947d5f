import { submissionEvidenceFiles } from "@throughline/api/files/submission-evidence-files";
import { opensInBrowser } from "@throughline/domain/evidence";
import type { Hono } from "hono";
import { type FileRouteDeps, fileRoutes } from "./file-routes.ts";

/**
 * Files of micro-credential submissions: `POST /files/submission-evidence?requirementKey=…`
 * (fields `submissionId` and `file`) adds an upload to the teacher's draft;
 * `GET /files/submission-evidence/:itemId` sends a file item (an upload or a referenced plan
 * file) to its teacher, a reviewer allowed to review it, or a district admin; anyone else gets
 * 404, as if it did not exist. Removing an item goes through the API.
 */
export function submissionEvidenceRoutes(deps: FileRouteDeps): Hono {
  return fileRoutes(deps, {
    form: { ownerField: "submissionId", owner: "a submission", noun: "file" },
    notFound: "There is no such file.",
    async upload(fileDeps, viewer, { ownerId: submissionId, ...file }, c) {
      // The requirement rides in the address, since the shared upload client sends one id field.
      const requirementKey = c.req.query("requirementKey");
      const result = await submissionEvidenceFiles.upload(fileDeps, viewer, {
        submissionId,
        requirementKey: typeof requirementKey === "string" ? requirementKey : "",
        ...file,
      });
      return result.ok ? { ok: true, created: { itemId: result.itemId } } : result;
    },
    open: submissionEvidenceFiles.open,
    inline: opensInBrowser,
  });
}
