import type { Auth } from "@throughline/api/auth";
import type { FileDeps, FileProblem, OpenedFile } from "@throughline/api/files/file-results";
import type { FileStorage } from "@throughline/api/files/storage";
import type { WriteRateLimiter } from "@throughline/api/rate-limit/write-rate-limit";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { idSchema } from "@throughline/domain/ids";
import type { Context } from "hono";
import { Hono } from "hono";
import { type FormUpload, problem, readFormUpload, storedFileResponse } from "./form-upload.ts";
import { refusedOverWriteRate } from "./write-allowance.ts";

export interface FileRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
  /** The server's one per-person write limit, shared with tRPC mutations. */
  writeLimiter: WriteRateLimiter;
}

interface Viewer {
  districtId: string;
  personId: string;
}

/**
 * One kind of personal file (plan evidence, an observation photo, submission evidence): how it
 * is uploaded, opened and removed. The API's functions answer who may do what.
 */
interface FileKind {
  /** The form's owner id field and the words its messages use. */
  form: { ownerField: string; owner: string; noun: string };
  /** What someone who may not read a file is told, as if it did not exist. */
  notFound: string;
  /** Stores the upload; `created` is the JSON body of the 201 answer. */
  upload(
    fileDeps: FileDeps,
    viewer: Viewer,
    upload: FormUpload,
    c: Context,
  ): Promise<{ ok: true; created: Record<string, string> } | FileProblem>;
  open(fileDeps: FileDeps, viewer: Viewer, id: string): Promise<OpenedFile | FileProblem>;
  /** Whether the browser shows the file rather than saving it. */
  inline(contentType: string): boolean;
  /** Without it there is no DELETE route (the API removes the file instead). */
  remove?(fileDeps: FileDeps, viewer: Viewer, id: string): Promise<{ ok: true } | FileProblem>;
}

/**
 * `POST /` (a multipart form with the owner's id and `file`), `GET /:id` and, where the kind
 * has it, `DELETE /:id`. Each request resolves the session like tRPC does; the API's functions
 * then run inside the viewer's tenant transaction.
 */
export function fileRoutes(deps: FileRouteDeps, kind: FileKind): Hono {
  const routes = new Hono();
  const fileDeps: FileDeps = { db: deps.db, storage: deps.storage };
  const membershipOf = (c: Context) => resolveSession(deps, c.req.raw.headers);

  routes.post("/", async (c) => {
    const membership = await membershipOf(c);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const overRate = refusedOverWriteRate(c, deps.writeLimiter, membership.personId);
    if (overRate) return overRate;
    const form = await readFormUpload(c, kind.form);
    if (!form.ok) return problem(c, form.status, form.message);
    const result = await kind.upload(fileDeps, membership, form.upload, c);
    if (!result.ok) return problem(c, result.status, result.message);
    return c.json(result.created, 201);
  });

  /** The signed-in viewer and the file's id from the address, or the answer to send instead. */
  async function viewerAndId(c: Context) {
    const membership = await membershipOf(c);
    if (!membership.ok) return { ok: false, answer: problem(c, 401, "Please sign in.") } as const;
    const id = idSchema.safeParse(c.req.param("id"));
    if (!id.success) return { ok: false, answer: problem(c, 404, kind.notFound) } as const;
    return { ok: true, viewer: membership, id: id.data } as const;
  }

  routes.get("/:id", async (c) => {
    const asked = await viewerAndId(c);
    if (!asked.ok) return asked.answer;
    const result = await kind.open(fileDeps, asked.viewer, asked.id);
    if (!result.ok) return problem(c, result.status, result.message);
    // These files are personal: no shared cache may keep them.
    return storedFileResponse(result, {
      inline: kind.inline(result.contentType),
      cacheControl: "private, no-cache",
    });
  });

  const remove = kind.remove;
  if (remove) {
    routes.delete("/:id", async (c) => {
      const asked = await viewerAndId(c);
      if (!asked.ok) return asked.answer;
      const overRate = refusedOverWriteRate(c, deps.writeLimiter, asked.viewer.personId);
      if (overRate) return overRate;
      const result = await remove(fileDeps, asked.viewer, asked.id);
      if (!result.ok) return problem(c, result.status, result.message);
      return c.body(null, 204);
    });
  }

  return routes;
}
