import type { Auth } from "@throughline/api/auth";
import type { FileDeps } from "@throughline/api/files/evidence-files";
import type { FileStorage } from "@throughline/api/files/storage";
import {
  openSubmissionEvidence,
  uploadSubmissionEvidence,
} from "@throughline/api/files/submission-evidence-files";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { opensInBrowser } from "@throughline/domain/evidence";
import { idSchema } from "@throughline/domain/ids";
import type { Context } from "hono";
import { Hono } from "hono";
import { problem, readFormUpload, storedFileResponse } from "./form-upload.ts";

export interface SubmissionEvidenceRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
}

/**
 * Files of micro-credential submissions: `POST /files/submission-evidence?requirementKey=…`
 * (fields `submissionId` and `file`) adds an upload to the teacher's draft;
 * `GET /files/submission-evidence/:itemId` sends a file item (an upload or a referenced plan
 * file) to its teacher, a reviewer allowed to review it, or a district admin; anyone else gets
 * 404, as if it did not exist. Removing an item goes through the API.
 */
export function submissionEvidenceRoutes(deps: SubmissionEvidenceRouteDeps): Hono {
  const routes = new Hono();
  const fileDeps: FileDeps = { db: deps.db, storage: deps.storage };
  const membershipOf = (c: Context) => resolveSession(deps, c.req.raw.headers);

  routes.post("/", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const form = await readFormUpload(c, {
      ownerField: "submissionId",
      owner: "a submission",
      noun: "file",
    });
    if (!form.ok) return problem(c, form.status, form.message);
    // The requirement rides in the address, since the shared upload client sends one id field.
    const requirementKey = c.req.query("requirementKey");
    const { ownerId: submissionId, ...file } = form.upload;
    const result = await uploadSubmissionEvidence(fileDeps, membership, {
      submissionId,
      requirementKey: typeof requirementKey === "string" ? requirementKey : "",
      ...file,
    });
    if (!result.ok) return problem(c, result.status, result.message);
    return c.json({ itemId: result.itemId }, 201);
  });

  routes.get("/:itemId", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const itemId = idSchema.safeParse(c.req.param("itemId"));
    if (!itemId.success) return problem(c, 404, "There is no such file.");
    const result = await openSubmissionEvidence(fileDeps, membership, itemId.data);
    if (!result.ok) return problem(c, result.status, result.message);
    // Evidence is personal: no shared cache may keep it.
    return storedFileResponse(result, {
      inline: opensInBrowser(result.contentType),
      cacheControl: "private, no-cache",
    });
  });

  return routes;
}
