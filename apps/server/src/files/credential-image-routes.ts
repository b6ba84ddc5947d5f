import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Auth } from "@throughline/api/auth";
import { signImageKey } from "@throughline/api/credentials/image-key-token";
import type { FileStorage } from "@throughline/api/files/storage";
import type { WriteRateLimiter } from "@throughline/api/rate-limit/write-rate-limit";
import { resolveSession, withViewer } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { loadCurrentVersion } from "@throughline/db/queries/credentials/credential-admin";
import { MAX_CREDENTIAL_IMAGE_BYTES } from "@throughline/domain/credential-admin";
import { idSchema } from "@throughline/domain/ids";
import { Hono } from "hono";
import { problem } from "./form-upload.ts";
import { refusedOverWriteRate } from "./write-allowance.ts";

interface CredentialImageRouteDeps {
  db: Database;
  auth: Auth;
  storage: FileStorage;
  /** The server secret the returned image reference is signed with. */
  secret: string;
  /** The server's one per-person write limit, shared with tRPC mutations. */
  writeLimiter: WriteRateLimiter;
}

/** The image type the bytes really are; the browser's declared type is not trusted. */
function imageTypeOf(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/svg+xml" | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return "image/png";
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  if ((head.startsWith("<?xml") || head.startsWith("<svg")) && head.includes("<svg")) {
    return "image/svg+xml";
  }
  return null;
}

/**
 * Badge images: `POST /files/credential-images` (field `file`; district admins) stores a PNG,
 * SVG or JPEG of at most 1 MB and answers its storage key, which the definition then names;
 * `GET /files/credential-images/:credentialId` sends the current version's image to admins.
 */
export function credentialImageRoutes(deps: CredentialImageRouteDeps): Hono {
  const routes = new Hono();

  routes.post("/", async (c) => {
    const membership = await resolveSession(deps, c.req.raw.headers);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const overRate = refusedOverWriteRate(c, deps.writeLimiter, membership.personId);
    if (overRate) return overRate;
    const form = await c.req.parseBody().catch(() => null);
    const file = form?.file;
    if (!(file instanceof File)) return problem(c, 400, "file: Choose an image to upload.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.byteLength > MAX_CREDENTIAL_IMAGE_BYTES) {
      return problem(c, 413, "file: The image must be 1 MB or smaller.");
    }
    const contentType = imageTypeOf(bytes);
    if (!contentType) return problem(c, 415, "file: Use a PNG, SVG or JPEG image.");
    // The form names the type the definition will store: it must be what the bytes are.
    if (file.type !== contentType) {
      return problem(c, 415, "file: This file is not the kind of image its name says.");
    }
    const allowed = await withViewer(deps.db, membership, async (scope) =>
      Boolean(scope?.scope.districtAdmin),
    );
    if (!allowed) return problem(c, 403, "Only district administrators can upload badge images.");
    const { key } = await deps.storage.put({ districtId: membership.districtId, bytes });
    // Signed: the definition may name this image only, not any other file of the district.
    const storageKey = signImageKey(membership.districtId, key, deps.secret);
    return c.json({ storageKey, contentType }, 201);
  });

  routes.get("/:credentialId", async (c) => {
    const membership = await resolveSession(deps, c.req.raw.headers);
    if (!membership.ok) return problem(c, 401, "Please sign in.");
    const credentialId = idSchema.safeParse(c.req.param("credentialId"));
    if (!credentialId.success) return problem(c, 404, "There is no such image.");
    const image = await withViewer(deps.db, membership, async (scope) => {
      const admin = scope?.scope.tiers.admin;
      if (!scope || !admin) return null;
      const version = await loadCurrentVersion(scope.tx, credentialId.data);
      if (!version?.imageStorageKey || !version.imageContentType) return null;
      return { key: version.imageStorageKey, contentType: version.imageContentType };
    });
    const stream = image ? await deps.storage.get(image.key) : null;
    if (!image || !stream) return problem(c, 404, "There is no such image.");
    return new Response(Readable.toWeb(stream) as unknown as WebReadableStream & ReadableStream, {
      headers: {
        "Content-Type": image.contentType,
        "X-Content-Type-Options": "nosniff",
        // An SVG may carry script: it is shown as an image only, never run as a document.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        "Cache-Control": "private, no-cache",
      },
    });
  });

  return routes;
}
