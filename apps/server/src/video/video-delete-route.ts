import type { Auth } from "@throughline/api/auth";
import type { WriteRateLimiter } from "@throughline/api/rate-limit/write-rate-limit";
import { resolveSession } from "@throughline/api/session";
import type { Database } from "@throughline/db/client";
import { videoWithViewerFacts } from "@throughline/db/queries/video/video-viewer-facts";
import { deleteVideo } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { idSchema } from "@throughline/domain/ids";
import { videoMay, videoStanding } from "@throughline/domain/video-access";
import { Hono } from "hono";
import { refusedOverWriteRate } from "../files/write-allowance.ts";
import type { VideoStore } from "./video-store.ts";

/**
 * `DELETE /files/videos/:id`: the teacher deletes their video at any time, with its comments,
 * clips, shares, captions and files (on disk or in the bucket). A server route, not a procedure,
 * because the server holds the video store; the files go once the rows' deletion has committed.
 */
interface VideoDeleteDeps {
  db: Database;
  auth: Auth;
  store: VideoStore;
  writeLimiter: WriteRateLimiter;
}

export function videoDeleteRoute(deps: VideoDeleteDeps): Hono {
  const routes = new Hono();
  routes.delete("/:id", async (c) => {
    const membership = await resolveSession(deps, c.req.raw.headers);
    if (!membership.ok) return c.json({ error: "Please sign in." }, 401);
    const refused = refusedOverWriteRate(c, deps.writeLimiter, membership.personId);
    if (refused) return refused;
    const id = idSchema.safeParse(c.req.param("id"));
    if (!id.success) return c.json({ error: "There is no such video." }, 404);
    const outcome = await withTenant(deps.db, membership.districtId, async (tx) => {
      const found = await videoWithViewerFacts(tx, {
        videoId: id.data,
        personId: membership.personId,
      });
      const standing = found ? videoStanding(found.facts) : "none";
      if (!videoMay(standing, "watch")) return { status: 404 as const };
      if (!videoMay(standing, "delete")) return { status: 403 as const };
      return { status: 204 as const, keys: await deleteVideo(tx, id.data) };
    });
    if (outcome.status === 404) return c.json({ error: "There is no such video." }, 404);
    if (outcome.status === 403) {
      return c.json({ error: "Only the video's teacher deletes it." }, 403);
    }
    await deps.store.remove(outcome.keys);
    return c.body(null, 204);
  });
  return routes;
}
