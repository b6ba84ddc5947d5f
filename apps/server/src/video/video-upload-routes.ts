import type { Auth } from "@throughline/api/auth";
import type { WriteRateLimiter } from "@throughline/api/rate-limit/write-rate-limit";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { recordUploadedVideo, videoSettingsOf } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { videoTitleSchema } from "@throughline/domain/video";
import {
  playsInBrowsers,
  sniffVideoType,
  VIDEO_SNIFF_BYTES,
  videoTooLargeMessage,
  videoTypeMessage,
} from "@throughline/domain/video-file-type";
import { Server, type Upload } from "@tus/server";
import { type Context, Hono } from "hono";
import { refusedOverWriteRate } from "../files/write-allowance.ts";
import { uploadIdOfKey, type VideoStore } from "./video-store.ts";

const VIDEO_UPLOAD_PATH = "/files/videos/uploads";
/** What a tus client asks without writing (where an upload stands, what the server offers). */
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

interface VideoUploadDeps {
  db: Database;
  auth: Auth;
  store: VideoStore;
  ffmpeg: boolean;
  writeLimiter: WriteRateLimiter;
}

/** A refusal the tus server sends as the answer (its status and text). */
function refusal(status_code: number, body: string): { status_code: number; body: string } {
  return { status_code, body };
}

/**
 * Resumable video uploads (the tus protocol) at `/files/videos/uploads`: a dropped connection
 * resumes where it stopped. Creating an upload needs a signed-in person and a declared size
 * within the district's limit; every later request must come from the person who created it.
 * When the last byte arrives the file is checked by its content (MP4, MOV or WebM; without
 * ffmpeg only what browsers play as is), recorded for its teacher and left to the worker.
 */
export function videoUploadRoutes(deps: VideoUploadDeps): Hono {
  const store = deps.store.uploads;
  const signedIn = async (request: Request) => {
    const membership = await resolveSession(deps, request.headers);
    if (!membership.ok) throw refusal(401, "Please sign in.");
    return membership;
  };

  const tus = new Server({
    path: VIDEO_UPLOAD_PATH,
    datastore: store,
    relativeLocation: true,
    ...deps.store.tusNaming,
    async onIncomingRequest(request, uploadId) {
      const membership = await signedIn(request);
      // A creation is checked by onUploadCreate; every other request names an upload.
      if (request.method === "POST") return;
      const upload = await store.getUpload(uploadId).catch(() => null);
      const owner = upload?.metadata;
      if (owner?.personId !== membership.personId || owner?.districtId !== membership.districtId) {
        throw refusal(404, "There is no such upload.");
      }
    },
    async onUploadCreate(request, upload: Upload) {
      const membership = await signedIn(request);
      if (upload.sizeIsDeferred || upload.size === undefined) {
        throw refusal(400, "Say how large the video is before uploading it.");
      }
      const { maxBytes } = await withTenant(deps.db, membership.districtId, videoSettingsOf);
      if (upload.size > maxBytes) throw refusal(413, videoTooLargeMessage(maxBytes));
      const title = videoTitleSchema.safeParse(upload.metadata?.title ?? "");
      return {
        metadata: {
          title: title.success ? title.data : "Classroom video",
          personId: membership.personId,
          districtId: membership.districtId,
        },
      };
    },
    async onUploadFinish(_request, upload: Upload) {
      const key = deps.store.uploadKeyOf(upload.id);
      const type = sniffVideoType(await deps.store.firstBytes(key, VIDEO_SNIFF_BYTES));
      const refuse = async (status: number, message: string) => {
        await deps.store.remove([key]);
        throw refusal(status, message);
      };
      if (!type) return refuse(415, videoTypeMessage);
      if (!deps.ffmpeg && !playsInBrowsers(type)) {
        return refuse(
          415,
          "This server cannot convert MOV videos yet. Upload an MP4 or WebM video, or ask your district to install ffmpeg.",
        );
      }
      const { districtId, personId, title } = upload.metadata ?? {};
      if (!districtId || !personId || upload.size === undefined)
        return refuse(400, "This upload is incomplete.");
      const videoId = await withTenant(deps.db, districtId, (tx) =>
        recordUploadedVideo(tx, {
          districtId,
          ownerId: personId,
          uploadId: uploadIdOfKey(key),
          title: title ?? "Classroom video",
          originalKey: key,
          contentType: type,
          sizeBytes: upload.size ?? 0,
          now: new Date(),
        }),
      );
      // 200 rather than tus's bodiless 204, so the page learns the new video's id.
      return {
        status_code: 200,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ videoId }),
      };
    },
  });

  const routes = new Hono();
  // Every request that writes bytes (creating, each 8 MB piece, cancelling) is one write in the
  // person's allowance, like a tRPC mutation: a script cannot fill the disk or the bucket faster
  // than the allowance. Checked before tus reads the body.
  const handle = async (c: Context) => {
    if (!READS.has(c.req.method)) {
      const membership = await resolveSession(deps, c.req.raw.headers);
      const refused = membership.ok
        ? refusedOverWriteRate(c, deps.writeLimiter, membership.personId)
        : null;
      if (refused) return refused;
    }
    return tus.handleWeb(c.req.raw);
  };
  routes.all("/uploads", handle);
  routes.all("/uploads/*", handle);
  return routes;
}
