import { and, asc, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person, team, videoShare } from "../../schema/index.ts";

interface VideoShareRow {
  id: string;
  kind: "person" | "team";
  /** The person's or the team's name. */
  name: string;
  personId: string | null;
  teamId: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** Everyone the video was shared with, revoked shares included, oldest first. */
export async function sharesOfVideo(tx: Transaction, videoId: string): Promise<VideoShareRow[]> {
  const rows = await tx
    .select({
      id: videoShare.id,
      kind: videoShare.kind,
      personId: videoShare.personId,
      teamId: videoShare.teamId,
      personName: person.displayName,
      teamName: team.name,
      createdAt: videoShare.createdAt,
      revokedAt: videoShare.revokedAt,
    })
    .from(videoShare)
    .leftJoin(
      person,
      and(eq(person.districtId, videoShare.districtId), eq(person.id, videoShare.personId)),
    )
    .leftJoin(team, and(eq(team.districtId, videoShare.districtId), eq(team.id, videoShare.teamId)))
    .where(eq(videoShare.videoId, videoId))
    .orderBy(asc(videoShare.createdAt), asc(videoShare.id));
  return rows.map(({ personName, teamName, ...row }) => ({
    ...row,
    name: personName ?? teamName ?? "",
  }));
}

/**
 * Shares the video with a person or a team; sharing again with someone it is already shared
 * with keeps the one share.
 */
export async function shareVideo(
  tx: Transaction,
  values: {
    districtId: string;
    videoId: string;
    personId: string | null;
    teamId: string | null;
    sharedBy: string;
  },
): Promise<string> {
  const target = values.personId
    ? eq(videoShare.personId, values.personId)
    : eq(videoShare.teamId, values.teamId ?? "");
  const [open] = await tx
    .select({ id: videoShare.id })
    .from(videoShare)
    .where(and(eq(videoShare.videoId, values.videoId), target, isNull(videoShare.revokedAt)));
  if (open) return open.id;
  const [row] = await tx
    .insert(videoShare)
    .values({ ...values, kind: values.personId ? "person" : "team" })
    .returning({ id: videoShare.id });
  if (!row) throw new Error("The share was not saved.");
  return row.id;
}

/** The share's video, to check the viewer owns it before revoking. */
export async function videoShareById(tx: Transaction, shareId: string) {
  const [row] = await tx
    .select({ id: videoShare.id, videoId: videoShare.videoId, revokedAt: videoShare.revokedAt })
    .from(videoShare)
    .where(eq(videoShare.id, shareId));
  return row ?? null;
}

export async function revokeVideoShare(tx: Transaction, shareId: string, now: Date) {
  await tx
    .update(videoShare)
    .set({ revokedAt: now })
    .where(and(eq(videoShare.id, shareId), isNull(videoShare.revokedAt)));
}
