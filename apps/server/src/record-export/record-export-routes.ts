import type { Auth } from "@throughline/api/auth";
import type { FileStorage } from "@throughline/api/files/storage";
import { openRecordExport } from "@throughline/api/record-export/open-record-export";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { idSchema } from "@throughline/domain/ids";
import { Hono } from "hono";
import { problem, storedFileResponse } from "../files/form-upload.ts";

interface RecordExportRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
}

/**
 * `GET /files/record-exports/:exportId`: a teacher's record as a ZIP download, for the teacher
 * alone (anyone else gets 404, as if it did not exist).
 */
export function recordExportRoutes(deps: RecordExportRouteDeps): Hono {
  const routes = new Hono();

  routes.get("/:exportId", async (c) => {
    const membership = await resolveSession(deps, c.req.raw.headers);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const exportId = idSchema.safeParse(c.req.param("exportId"));
    if (!exportId.success) return problem(c, 404, "There is no such record.");
    const result = await openRecordExport(deps, membership, exportId.data);
    if (!result.ok) return problem(c, result.status, result.message);
    // A whole record of one person: no shared cache may keep it.
    return storedFileResponse(result, { inline: false, cacheControl: "private, no-store" });
  });

  return routes;
}
