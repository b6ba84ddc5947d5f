import type { Auth } from "@throughline/api/auth";
import type { WriteRateLimiter } from "@throughline/api/rate-limit/write-rate-limit";
import type { Database } from "@throughline/db/client";
import { Hono } from "hono";
import { videoDeleteRoute } from "./video-delete-route.ts";
import { videoPlaybackRoutes } from "./video-playback-routes.ts";
import type { VideoStore } from "./video-store.ts";
import { videoUploadRoutes } from "./video-upload-routes.ts";

export interface VideoServing {
  /** The local folder or the bucket. */
  store: VideoStore;
  /** Whether ffmpeg runs on this machine (checked once at start). */
  ffmpeg: boolean;
}

/** Everything under `/files/videos`: resumable uploads, playback and deletion. */
export function videoRoutes(
  deps: { db: Database; auth: Auth; writeLimiter: WriteRateLimiter } & VideoServing,
): Hono {
  const routes = new Hono();
  routes.route("/", videoUploadRoutes(deps));
  routes.route("/", videoPlaybackRoutes(deps));
  routes.route("/", videoDeleteRoute(deps));
  return routes;
}
