import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  meetingAgendaItem,
  person,
  roleMembership,
  supportMeeting,
  team,
  teamMember,
  video,
  videoCaption,
  videoClip,
  videoClipShare,
} from "../../schema/index.ts";
import { teamVisibleTo } from "../caseload/coached-teams.ts";

/* Clips brought to support meetings and credential submissions (video_clip_share). */

type NewClipShare = typeof videoClipShare.$inferInsert;

export async function insertClipShare(tx: Transaction, values: NewClipShare): Promise<string> {
  const [row] = await tx.insert(videoClipShare).values(values).returning({ id: videoClipShare.id });
  if (!row) throw new Error("The clip was not brought.");
  return row.id;
}

export async function clipShareById(tx: Transaction, clipShareId: string) {
  const [row] = await tx
    .select({
      id: videoClipShare.id,
      kind: videoClipShare.kind,
      clipId: videoClipShare.clipId,
      meetingId: videoClipShare.meetingId,
      submissionId: videoClipShare.submissionId,
      sharedBy: videoClipShare.sharedBy,
      revokedAt: videoClipShare.revokedAt,
      videoOwnerId: video.ownerId,
    })
    .from(videoClipShare)
    .leftJoin(
      videoClip,
      and(
        eq(videoClip.districtId, videoClipShare.districtId),
        eq(videoClip.id, videoClipShare.clipId),
      ),
    )
    .leftJoin(
      video,
      and(eq(video.districtId, videoClip.districtId), eq(video.id, videoClip.videoId)),
    )
    .where(eq(videoClipShare.id, clipShareId));
  return row ?? null;
}

export async function revokeClipShare(tx: Transaction, clipShareId: string, at: Date) {
  await tx
    .update(videoClipShare)
    .set({ revokedAt: at })
    .where(and(eq(videoClipShare.id, clipShareId), isNull(videoClipShare.revokedAt)));
}

/** Whether the clip is already brought (not revoked) to the meeting or submission. */
export async function activeClipShareExists(
  tx: Transaction,
  params: { clipId: string; meetingId?: string; submissionId?: string },
): Promise<boolean> {
  const target = params.meetingId
    ? eq(videoClipShare.meetingId, params.meetingId)
    : eq(videoClipShare.submissionId, params.submissionId ?? "");
  const [row] = await tx
    .select({ id: videoClipShare.id })
    .from(videoClipShare)
    .where(and(eq(videoClipShare.clipId, params.clipId), target, isNull(videoClipShare.revokedAt)))
    .limit(1);
  return row !== undefined;
}

const shareColumns = {
  id: videoClipShare.id,
  clipId: videoClipShare.clipId,
  title: videoClipShare.title,
  startSeconds: videoClipShare.startSeconds,
  endSeconds: videoClipShare.endSeconds,
  annotation: videoClipShare.annotation,
  sharedBy: videoClipShare.sharedBy,
  createdAt: videoClipShare.createdAt,
  /** Null when the video (and so the clip) was deleted. */
  videoId: videoClip.videoId,
  hasPoster: sql<boolean>`${video.posterKey} is not null`,
  videoReady: sql<boolean>`${video.status} = 'ready'`,
};

const clipJoin = and(
  eq(videoClip.districtId, videoClipShare.districtId),
  eq(videoClip.id, videoClipShare.clipId),
);
const videoJoin = and(eq(video.districtId, videoClip.districtId), eq(video.id, videoClip.videoId));

/** Clips brought to a meeting (not revoked, video still there), with who brought them and for which item. */
export async function clipsOfMeeting(tx: Transaction, meetingId: string) {
  return tx
    .select({
      ...shareColumns,
      videoOwnerId: video.ownerId,
      sharedByName: person.displayName,
      agendaItemId: videoClipShare.agendaItemId,
      agendaItemTitle: meetingAgendaItem.title,
    })
    .from(videoClipShare)
    .innerJoin(videoClip, clipJoin)
    .innerJoin(video, videoJoin)
    .innerJoin(
      person,
      and(eq(person.districtId, videoClipShare.districtId), eq(person.id, videoClipShare.sharedBy)),
    )
    .leftJoin(
      meetingAgendaItem,
      and(
        eq(meetingAgendaItem.districtId, videoClipShare.districtId),
        eq(meetingAgendaItem.id, videoClipShare.agendaItemId),
      ),
    )
    .where(and(eq(videoClipShare.meetingId, meetingId), isNull(videoClipShare.revokedAt)))
    .orderBy(asc(meetingAgendaItem.position), asc(videoClipShare.createdAt));
}

/**
 * Clips that are evidence of a submission (not revoked), kept when the video was deleted
 * (`videoId` null) so the submission can say so. No one's name: reviews are blind.
 */
export async function clipsOfSubmission(tx: Transaction, submissionId: string) {
  return tx
    .select({ ...shareColumns, requirementKey: videoClipShare.requirementKey })
    .from(videoClipShare)
    .leftJoin(videoClip, clipJoin)
    .leftJoin(video, videoJoin)
    .where(and(eq(videoClipShare.submissionId, submissionId), isNull(videoClipShare.revokedAt)))
    .orderBy(asc(videoClipShare.createdAt));
}

/** Caption tracks of the videos, by video, for the clip players. */
export async function captionsOfVideos(tx: Transaction, videoIds: readonly string[]) {
  if (videoIds.length === 0)
    return new Map<string, { id: string; label: string; language: string }[]>();
  const rows = await tx
    .select({
      videoId: videoCaption.videoId,
      id: videoCaption.id,
      label: videoCaption.label,
      language: videoCaption.language,
    })
    .from(videoCaption)
    .where(inArray(videoCaption.videoId, [...videoIds]))
    .orderBy(asc(videoCaption.createdAt));
  const byVideo = new Map<string, { id: string; label: string; language: string }[]>();
  for (const { videoId, ...caption } of rows) {
    byVideo.set(videoId, [...(byVideo.get(videoId) ?? []), caption]);
  }
  return byVideo;
}

/** The meetings each of the clips is brought to now, for the video page. */
export async function meetingsOfClips(tx: Transaction, clipIds: readonly string[]) {
  if (clipIds.length === 0) return [];
  return tx
    .select({
      clipShareId: videoClipShare.id,
      clipId: videoClipShare.clipId,
      meetingId: supportMeeting.id,
      meetingTitle: supportMeeting.title,
      startsAt: supportMeeting.startsAt,
    })
    .from(videoClipShare)
    .innerJoin(
      supportMeeting,
      and(
        eq(supportMeeting.districtId, videoClipShare.districtId),
        eq(supportMeeting.id, videoClipShare.meetingId),
      ),
    )
    .where(and(inArray(videoClipShare.clipId, [...clipIds]), isNull(videoClipShare.revokedAt)))
    .orderBy(asc(supportMeeting.startsAt));
}

/**
 * Meetings not yet closed of the teams the person takes part in (facilitates, is a member of,
 * or coaches), soonest first: where they may bring a clip.
 */
export async function meetingsToBringClipsTo(tx: Transaction, personId: string) {
  const coaches = sql`exists (select 1 from ${roleMembership} where "role_membership"."district_id" = "team"."district_id" and "role_membership"."person_id" = ${personId} and "role_membership"."role" = 'coach')`;
  const member = sql`exists (select 1 from ${teamMember} where "team_member"."district_id" = "team"."district_id" and "team_member"."team_id" = "team"."id" and "team_member"."person_id" = ${personId})`;
  return tx
    .select({
      id: supportMeeting.id,
      title: supportMeeting.title,
      startsAt: supportMeeting.startsAt,
      teamName: team.name,
    })
    .from(supportMeeting)
    .innerJoin(
      team,
      and(eq(team.districtId, supportMeeting.districtId), eq(team.id, supportMeeting.teamId)),
    )
    .where(
      and(
        inArray(supportMeeting.status, ["scheduled", "in_progress"]),
        or(eq(team.facilitatorId, personId), member, and(coaches, teamVisibleTo(personId))),
      ),
    )
    .orderBy(asc(supportMeeting.startsAt))
    .limit(20);
}

/** The submission's clips as the readiness rule counts evidence (`EvidenceItemFacts`). */
export async function clipEvidenceFacts(tx: Transaction, submissionId: string) {
  const rows = await tx
    .select({
      requirementKey: videoClipShare.requirementKey,
      annotation: videoClipShare.annotation,
    })
    .from(videoClipShare)
    .where(and(eq(videoClipShare.submissionId, submissionId), isNull(videoClipShare.revokedAt)));
  return rows.map((row) => ({
    requirementKey: row.requirementKey ?? "",
    source: "video_clip" as const,
    annotation: row.annotation,
    text: "",
    url: null,
  }));
}
