import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { indicator, observationLevel, person, videoComment } from "../../schema/index.ts";

interface VideoCommentRow {
  id: string;
  parentId: string | null;
  atSeconds: number;
  body: string;
  selfReflection: boolean;
  createdAt: Date;
  author: { id: string; name: string };
  indicator: { id: string; code: string; title: string } | null;
  level: { rank: number; label: string } | null;
}

/** The video's comments and replies in the order of the video, then of writing. */
export async function commentsOfVideo(
  tx: Transaction,
  videoId: string,
): Promise<VideoCommentRow[]> {
  const author = alias(person, "author");
  const rows = await tx
    .select({
      id: videoComment.id,
      parentId: videoComment.parentId,
      atSeconds: videoComment.atSeconds,
      body: videoComment.body,
      selfReflection: videoComment.selfReflection,
      createdAt: videoComment.createdAt,
      authorId: author.id,
      authorName: author.displayName,
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      indicatorTitle: indicator.title,
      levelRank: observationLevel.rank,
      levelLabel: observationLevel.label,
    })
    .from(videoComment)
    .innerJoin(
      author,
      and(eq(author.districtId, videoComment.districtId), eq(author.id, videoComment.authorId)),
    )
    .leftJoin(
      indicator,
      and(
        eq(indicator.districtId, videoComment.districtId),
        eq(indicator.id, videoComment.indicatorId),
      ),
    )
    .leftJoin(
      observationLevel,
      and(
        eq(observationLevel.districtId, videoComment.districtId),
        eq(observationLevel.rank, videoComment.levelRank),
      ),
    )
    .where(eq(videoComment.videoId, videoId))
    .orderBy(asc(videoComment.atSeconds), asc(videoComment.createdAt), asc(videoComment.id));
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parentId,
    atSeconds: row.atSeconds,
    body: row.body,
    selfReflection: row.selfReflection,
    createdAt: row.createdAt,
    author: { id: row.authorId, name: row.authorName },
    indicator:
      row.indicatorId && row.indicatorCode && row.indicatorTitle
        ? { id: row.indicatorId, code: row.indicatorCode, title: row.indicatorTitle }
        : null,
    level:
      row.levelRank !== null && row.levelLabel !== null
        ? { rank: row.levelRank, label: row.levelLabel }
        : null,
  }));
}

/** One comment's video and author, to check a reply or a removal against. */
export async function videoCommentById(tx: Transaction, commentId: string) {
  const [row] = await tx
    .select({
      id: videoComment.id,
      videoId: videoComment.videoId,
      authorId: videoComment.authorId,
      parentId: videoComment.parentId,
      atSeconds: videoComment.atSeconds,
    })
    .from(videoComment)
    .where(eq(videoComment.id, commentId));
  return row ?? null;
}

export async function addVideoComment(
  tx: Transaction,
  values: {
    districtId: string;
    videoId: string;
    authorId: string;
    parentId: string | null;
    atSeconds: number;
    body: string;
    indicatorId: string | null;
    levelRank: number | null;
    selfReflection: boolean;
  },
): Promise<string> {
  const [row] = await tx.insert(videoComment).values(values).returning({ id: videoComment.id });
  if (!row) throw new Error("The comment was not saved.");
  return row.id;
}

export async function removeVideoComment(tx: Transaction, commentId: string): Promise<void> {
  await tx.delete(videoComment).where(eq(videoComment.id, commentId));
}
