import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { video, videoComment } from "../../schema/index.ts";
import type { EvidenceViewer } from "../observations/indicator-growth.ts";

/*
 * Indicator tags on a teacher's classroom videos as evidence for their individual path: a
 * level a coach or colleague tagged at a moment counts as a level seen, the teacher's own tag
 * (self-reflection or not) as a self-rating. Video is coaching material: a tag by an evaluator
 * (a principal or district admin the video was shared with) never counts, and a supporting
 * coach's reading counts only videos the teacher shares with that coach right now (by name or
 * through a team the coach is on), so what the coach may not watch never reaches the coach's
 * screen as reasons.
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
  params: {
    teacherId: string;
    viewer: EvidenceViewer;
    /** Who reads, when it is not the teacher: only videos shared with them count. */
    readerId?: string;
  },
): Promise<VideoTagEvidence[]> {
  const byEvaluator = sql`exists (
    select 1 from role_membership r
    where r.district_id = ${videoComment.districtId} and r.person_id = ${videoComment.authorId}
      and r.role in ('principal', 'district_admin'))`;
  // Without a reader, a reading that is not the teacher's counts no video at all.
  const sharedWithReader = sql`exists (
    select 1 from video_share s
    where s.district_id = ${video.districtId} and s.video_id = ${video.id} and s.revoked_at is null
      and (s.person_id = ${params.readerId ?? null}::uuid
        or s.team_id in (select m.team_id from team_member m
          where m.district_id = s.district_id and m.person_id = ${params.readerId ?? null}::uuid)))`;
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
        params.viewer === "teacher" ? undefined : sharedWithReader,
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
