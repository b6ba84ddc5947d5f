import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { videoCaption } from "../../schema/index.ts";

/* WebVTT caption tracks of a video; the text is small and kept in the row. */

export async function captionsOfVideo(tx: Transaction, videoId: string) {
  return tx
    .select({
      id: videoCaption.id,
      label: videoCaption.label,
      language: videoCaption.language,
    })
    .from(videoCaption)
    .where(eq(videoCaption.videoId, videoId))
    .orderBy(asc(videoCaption.createdAt));
}

export async function captionText(
  tx: Transaction,
  params: { videoId: string; captionId: string },
): Promise<string | null> {
  const [row] = await tx
    .select({ vtt: videoCaption.vtt })
    .from(videoCaption)
    .where(and(eq(videoCaption.id, params.captionId), eq(videoCaption.videoId, params.videoId)));
  return row?.vtt ?? null;
}

export async function addVideoCaption(
  tx: Transaction,
  values: {
    districtId: string;
    videoId: string;
    label: string;
    language: string;
    vtt: string;
    uploadedBy: string;
  },
): Promise<string> {
  const [row] = await tx.insert(videoCaption).values(values).returning({ id: videoCaption.id });
  if (!row) throw new Error("The captions were not saved.");
  return row.id;
}
