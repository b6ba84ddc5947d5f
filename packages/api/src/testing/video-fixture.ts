import type { Database } from "@throughline/db/client";
import { finishVideoProcessing, recordUploadedVideo } from "@throughline/db/queries/video/videos";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";

/**
 * A finished, transcoded video of the person signing in as `email`, as the upload route and the
 * worker leave it (the bytes are not needed by the API): 60 seconds long.
 */
export async function readyVideoOf(
  db: Database,
  email: string,
  title = "Read-aloud, Tuesday",
): Promise<{ videoId: string; districtId: string; ownerId: string }> {
  const { districtId, personId } = await membershipFor(db, email);
  const uploadId = crypto.randomUUID().replaceAll("-", "");
  const videoId = await withTenant(db, districtId, async (tx) => {
    const id = await recordUploadedVideo(tx, {
      districtId,
      ownerId: personId,
      uploadId,
      title,
      originalKey: `uploads/${uploadId}`,
      contentType: "video/mp4",
      sizeBytes: 1_000_000,
      now: new Date(),
    });
    await finishVideoProcessing(tx, id, {
      ok: true,
      playableKey: `made/${id}.mp4`,
      posterKey: `made/${id}.jpg`,
      durationSeconds: 60,
    });
    return id;
  });
  return { videoId, districtId, ownerId: personId };
}
