import type { Auth } from "@throughline/api/auth";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { captionText } from "@throughline/db/queries/video/video-captions";
import {
  type VideoRow,
  videoWithViewerFacts,
} from "@throughline/db/queries/video/video-viewer-facts";
import { withTenant } from "@throughline/db/tenant";
import { idSchema } from "@throughline/domain/ids";
import { videoMay, videoStanding } from "@throughline/domain/video-access";
import type { Context } from "hono";
import { Hono } from "hono";
import { byteRangeOf } from "./byte-range.ts";
import type { VideoStore } from "./video-store.ts";

interface VideoPlaybackDeps {
  db: Database;
  auth: Auth;
  store: VideoStore;
}

const NOT_FOUND = "There is no such video.";

/** A stored file's bytes, whole or the asked range (206), for a player that seeks. */
async function streamFile(
  c: Context,
  store: VideoStore,
  key: string,
  contentType: string,
): Promise<Response> {
  const size = await store.sizeOf(key);
  if (size === null) return c.json({ error: NOT_FOUND }, 404);
  const range = byteRangeOf(c.req.header("Range"), size);
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Accept-Ranges": "bytes",
    // Personal: no shared cache may keep it.
    "Cache-Control": "private, no-cache",
  };
  if (range.kind === "unsatisfiable") {
    return new Response(null, {
      status: 416,
      headers: { ...headers, "Content-Range": `bytes */${size}` },
    });
  }
  const [start, end] = range.kind === "part" ? [range.start, range.end] : [0, size - 1];
  const body = size === 0 ? null : await store.readRange(key, start, end);
  headers["Content-Length"] = String(size === 0 ? 0 : end - start + 1);
  if (range.kind === "whole") return new Response(body, { status: 200, headers });
  headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  return new Response(body, { status: 206, headers });
}

/**
 * `GET /files/videos/:id/play` (the playable file, with range requests so a phone can seek),
 * `/:id/poster` and `/:id/captions/:captionId`: only to someone the video's access rule lets
 * watch it; anyone else is told there is no such video.
 */
export function videoPlaybackRoutes(deps: VideoPlaybackDeps): Hono {
  const routes = new Hono();

  /** The video when the signed-in viewer may watch it, or the answer to send instead. */
  async function watchable(
    c: Context,
  ): Promise<{ ok: true; video: VideoRow; districtId: string } | { ok: false; answer: Response }> {
    const membership = await resolveSession(deps, c.req.raw.headers);
    if (!membership.ok) return { ok: false, answer: c.json({ error: "Please sign in." }, 401) };
    const id = idSchema.safeParse(c.req.param("id"));
    if (!id.success) return { ok: false, answer: c.json({ error: NOT_FOUND }, 404) };
    const found = await withTenant(deps.db, membership.districtId, (tx) =>
      videoWithViewerFacts(tx, { videoId: id.data, personId: membership.personId }),
    );
    if (!found || !videoMay(videoStanding(found.facts), "watch")) {
      return { ok: false, answer: c.json({ error: NOT_FOUND }, 404) };
    }
    return { ok: true, video: found.video, districtId: membership.districtId };
  }

  routes.get("/:id/play", async (c) => {
    const found = await watchable(c);
    if (!found.ok) return found.answer;
    const { playableKey } = found.video;
    if (found.video.status !== "ready" || !playableKey) {
      return c.json({ error: "This video is still being prepared." }, 409);
    }
    const type = playableKey.endsWith(".mp4") ? "video/mp4" : found.video.contentType;
    return streamFile(c, deps.store, playableKey, type);
  });

  routes.get("/:id/poster", async (c) => {
    const found = await watchable(c);
    if (!found.ok) return found.answer;
    if (!found.video.posterKey) return c.json({ error: "This video has no poster." }, 404);
    return streamFile(c, deps.store, found.video.posterKey, "image/jpeg");
  });

  routes.get("/:id/captions/:captionId", async (c) => {
    const found = await watchable(c);
    if (!found.ok) return found.answer;
    const captionId = idSchema.safeParse(c.req.param("captionId"));
    const vtt = captionId.success
      ? await withTenant(deps.db, found.districtId, (tx) =>
          captionText(tx, { videoId: found.video.id, captionId: captionId.data }),
        )
      : null;
    if (vtt === null) return c.json({ error: "There are no such captions." }, 404);
    return c.body(vtt, 200, {
      "Content-Type": "text/vtt; charset=utf-8",
      "Cache-Control": "private, no-cache",
    });
  });

  return routes;
}
