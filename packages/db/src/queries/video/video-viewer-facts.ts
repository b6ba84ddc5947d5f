import type { VideoViewerFacts } from "@throughline/domain/video-access";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { roleMembership, teamMember, video, videoShare } from "../../schema/index.ts";
import { clipGrantFacts } from "./video-clip-grants.ts";

/** A video's row as its pages and routes need it. */
export const videoColumns = {
  id: video.id,
  ownerId: video.ownerId,
  title: video.title,
  status: video.status,
  contentType: video.contentType,
  sizeBytes: video.sizeBytes,
  originalKey: video.originalKey,
  playableKey: video.playableKey,
  posterKey: video.posterKey,
  durationSeconds: video.durationSeconds,
  failureReason: video.failureReason,
  consentConfirmedAt: video.consentConfirmedAt,
  deleteAfter: video.deleteAfter,
  createdAt: video.createdAt,
};

export type VideoRow = Pick<typeof video.$inferSelect, keyof typeof videoColumns>;

/**
 * The video and what decides the viewer's standing to it (`videoStanding`): the shares in one
 * statement, then, only when they do not already let the viewer watch, the clips brought to
 * the viewer's meetings and reviews. Null when there is no such video in the district.
 */
export async function videoWithViewerFacts(
  tx: Transaction,
  params: { videoId: string; personId: string; now?: Date },
): Promise<{ video: VideoRow; facts: VideoViewerFacts } | null> {
  const { personId } = params;
  const [row] = await tx
    .select({
      ...videoColumns,
      // Written out with table names: drizzle leaves columns unqualified in a one-table select.
      sharedWithViewer: sql<boolean>`exists (
        select 1 from video_share s
        where s.district_id = video.district_id and s.video_id = video.id
          and s.person_id = ${personId} and s.revoked_at is null)`,
      sharedWithViewersTeam: sql<boolean>`exists (
        select 1 from video_share s
        join team_member m on m.district_id = s.district_id and m.team_id = s.team_id
        where s.district_id = video.district_id and s.video_id = video.id
          and m.person_id = ${personId} and s.revoked_at is null)`,
      isEvaluator: sql<boolean>`exists (
        select 1 from role_membership r
        where r.district_id = video.district_id and r.person_id = ${personId}
          and r.role in ('principal', 'district_admin'))`,
    })
    .from(video)
    .where(eq(video.id, params.videoId));
  if (!row) return null;
  const { sharedWithViewer, sharedWithViewersTeam, isEvaluator, ...found } = row;
  const isOwner = found.ownerId === personId;
  const watchesAnyway = isOwner || sharedWithViewer || (sharedWithViewersTeam && !isEvaluator);
  const clips = watchesAnyway
    ? { clipInViewersMeeting: false, clipUnderViewersReview: false }
    : await clipGrantFacts(tx, { videoId: found.id, personId, now: params.now ?? new Date() });
  return {
    video: found,
    facts: { isOwner, sharedWithViewer, sharedWithViewersTeam, isEvaluator, ...clips },
  };
}

/**
 * Videos shared with the viewer that the coaching rule lets them see: by name, or through a
 * team they are on unless they are an evaluator. The SQL twin of `videoStanding`'s "shared".
 */
export async function videosSharedWith(
  tx: Transaction,
  personId: string,
): Promise<{ id: string }[]> {
  const evaluator = await tx
    .select({ id: roleMembership.id })
    .from(roleMembership)
    .where(
      and(
        eq(roleMembership.personId, personId),
        inArray(roleMembership.role, ["principal", "district_admin"]),
      ),
    )
    .limit(1);
  const teams = tx
    .select({ teamId: teamMember.teamId })
    .from(teamMember)
    .where(eq(teamMember.personId, personId));
  const byName = eq(videoShare.personId, personId);
  return tx
    .selectDistinct({ id: videoShare.videoId })
    .from(videoShare)
    .where(
      and(
        isNull(videoShare.revokedAt),
        evaluator.length > 0 ? byName : sql`(${byName} or ${videoShare.teamId} in ${teams})`,
      ),
    );
}
