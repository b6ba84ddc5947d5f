import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { video, videoComment } from "../../schema/index.ts";
import type { EvidenceViewer } from "../observations/indicator-growth.ts";

/*
 * Indicator tags on a teacher's classroom videos as evidence for their individual path: a
 * level a coach or colleague tagged at a moment counts as a level seen, the teacher's own tag
 * (self-reflection or not) as a self-rating. Video is coaching material: a tag by an evaluator
 * (a principal or district admin the video was shared with) never counts, and a supporting
 * coach's reading counts only videos the teacher shares right now, so the teacher's private
 * notes never reach the coach's screen as reasons.
 */

export interface VideoTagEvidence {
  indicatorId: string;
  rank: number;
  /** The day of the tag, YYYY-MM-DD (UTC, like the other evidence days). */
  on: string;
  selfRated: boolean;
}

/** The teacher's tagged video moments this kind of viewer may count, oldest first. */
export async function loadVideoTagEvidence(
  tx: Transaction,
  params: { teacherId: string; viewer: EvidenceViewer },
): Promise<VideoTagEvidence[]> {
  const byEvaluator = sql`exists (
    select 1 from role_membership r
    where r.district_id = ${videoComment.districtId} and r.person_id = ${videoComment.authorId}
      and r.role in ('principal', 'district_admin'))`;
  const sharedNow = sql`exists (
    select 1 from video_share s
    where s.district_id = ${video.districtId} and s.video_id = ${video.id} and s.revoked_at is null)`;
  const rows = await tx
    .select({
      indicatorId: videoComment.indicatorId,
      rank: videoComment.levelRank,
      on: sql<string>`to_char(${videoComment.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
      authorId: videoComment.authorId,
    })
    .from(videoComment)
    .innerJoin(
      video,
      and(eq(video.districtId, videoComment.districtId), eq(video.id, videoComment.videoId)),
    )
    .where(
      and(
        eq(video.ownerId, params.teacherId),
        isNotNull(videoComment.indicatorId),
        isNotNull(videoComment.levelRank),
        sql`not ${byEvaluator}`,
        params.viewer === "teacher" ? undefined : sharedNow,
      ),
    )
    .orderBy(videoComment.createdAt);
  return rows.flatMap((row) =>
    row.indicatorId === null || row.rank === null
      ? []
      : [
          {
            indicatorId: row.indicatorId,
            rank: row.rank,
            on: row.on,
            selfRated: row.authorId === params.teacherId,
          },
        ],
  );
}
