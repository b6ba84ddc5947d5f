import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  indicator,
  observationLevel,
  observationNote,
  observationPhoto,
  observationRating,
  person,
} from "../../schema/index.ts";
import { listedFileFields } from "../shared/stored-file.ts";
import { visibleObservations } from "./observation-visibility.ts";

/*
 * Reading observations. Every query starts from `visibleObservations`, so what one viewer may
 * not see is never selected; ratings, notes and photos are joined only on `access = 'content'`.
 */

function summaryColumns(visible: ReturnType<typeof visibleObservations>) {
  return {
    id: visible.id,
    teacherId: visible.teacherId,
    teacherName: sql<string>`(select p.display_name from person p where p.id = ${visible.teacherId})`,
    observerId: visible.observerId,
    observerName: person.displayName,
    kind: visible.kind,
    status: visible.status,
    observedOn: visible.observedOn,
    publishedAt: visible.publishedAt,
    access: visible.access,
    relation: visible.relation,
    sharedWithLeaders: sql<boolean>`${visible.sharedWithLeadersAt} is not null`,
    classLabel: visible.classLabel,
    reflected: sql<boolean>`${visible.reflectedAt} is not null`,
    acknowledged: sql<boolean>`${visible.acknowledgedAt} is not null`,
  };
}

/** One teacher's observations as the viewer may see them, newest first. */
export async function listObservationsOfTeacher(
  tx: Transaction,
  params: { viewerId: string; teacherId: string },
) {
  const visible = visibleObservations(tx, params.viewerId);
  return tx
    .select(summaryColumns(visible))
    .from(visible)
    .innerJoin(person, eq(person.id, visible.observerId))
    .where(eq(visible.teacherId, params.teacherId))
    .orderBy(desc(visible.observedOn), desc(visible.publishedAt));
}

/** The observations the viewer recorded (drafts included), newest first. */
export async function listObservationsBy(tx: Transaction, params: { viewerId: string }) {
  const visible = visibleObservations(tx, params.viewerId);
  return tx
    .select({
      ...summaryColumns(visible),
      // The observer's own rows, so always content: how many indicators the visit looked for.
      indicatorCount: sql<number>`(select count(*)::int from observation_rating r
        where r.observation_id = ${visible.id})`,
    })
    .from(visible)
    .innerJoin(person, eq(person.id, visible.observerId))
    .where(eq(visible.observerId, params.viewerId))
    .orderBy(desc(visible.observedOn))
    .limit(100);
}

/** The viewer's own published observations (a draft is the observer's alone). */
export async function listMyObservations(tx: Transaction, params: { viewerId: string }) {
  const visible = visibleObservations(tx, params.viewerId);
  return tx
    .select(summaryColumns(visible))
    .from(visible)
    .innerJoin(person, eq(person.id, visible.observerId))
    .where(and(eq(visible.teacherId, params.viewerId), eq(visible.status, "published")))
    .orderBy(desc(visible.observedOn), desc(visible.publishedAt));
}

/**
 * Coaching observations teachers shared with the viewer as one of their school's leaders, newest
 * first. Only rows the access rule opens to the viewer as "content" are shared ones: unshared
 * coaching is "facts" to a leader, and a draft is nobody's but the observer's.
 */
export async function listObservationsSharedWithLeader(
  tx: Transaction,
  params: { viewerId: string },
) {
  const visible = visibleObservations(tx, params.viewerId);
  return tx
    .select(summaryColumns(visible))
    .from(visible)
    .innerJoin(person, eq(person.id, visible.observerId))
    .where(
      and(
        eq(visible.kind, "coaching"),
        eq(visible.relation, "leader"),
        eq(visible.access, "content"),
      ),
    )
    .orderBy(desc(visible.observedOn), desc(visible.publishedAt))
    .limit(200);
}

/** The observation's header as the viewer may see it; undefined when they may not know of it. */
export async function findVisibleObservation(
  tx: Transaction,
  params: { viewerId: string; observationId: string },
) {
  const visible = visibleObservations(tx, params.viewerId);
  const [row] = await tx
    .select({
      ...summaryColumns(visible),
      durationMinutes: visible.durationMinutes,
      revision: visible.revision,
      reflection: visible.reflection,
      reflectedAt: visible.reflectedAt,
      acknowledgedAt: visible.acknowledgedAt,
      updatedAt: visible.updatedAt,
    })
    .from(visible)
    .innerJoin(person, eq(person.id, visible.observerId))
    .where(eq(visible.id, params.observationId))
    .limit(1);
  return row;
}

/** The content of one observation: only returned through `access = 'content'`. */
export async function loadObservationContent(
  tx: Transaction,
  params: { viewerId: string; observationId: string },
) {
  const visible = visibleObservations(tx, params.viewerId);
  const mayRead = and(eq(visible.id, params.observationId), eq(visible.access, "content"));
  const [ratings, notes, photos] = await Promise.all([
    tx
      .select({
        indicatorId: observationRating.indicatorId,
        code: indicator.code,
        title: indicator.title,
        levelRank: observationRating.levelRank,
        levelLabel: observationLevel.label,
        lookFors: observationRating.lookFors,
        targetRank: indicator.targetRank,
      })
      .from(visible)
      .innerJoin(observationRating, eq(observationRating.observationId, visible.id))
      .innerJoin(indicator, eq(indicator.id, observationRating.indicatorId))
      .leftJoin(observationLevel, eq(observationLevel.rank, observationRating.levelRank))
      .where(mayRead)
      .orderBy(asc(indicator.code)),
    tx
      .select({
        id: observationNote.id,
        notedAt: observationNote.notedAt,
        body: observationNote.body,
      })
      .from(visible)
      .innerJoin(observationNote, eq(observationNote.observationId, visible.id))
      .where(mayRead)
      .orderBy(asc(observationNote.notedAt)),
    tx
      .select({
        id: observationPhoto.id,
        ...listedFileFields(observationPhoto),
        takenAt: observationPhoto.createdAt,
      })
      .from(visible)
      .innerJoin(observationPhoto, eq(observationPhoto.observationId, visible.id))
      .where(mayRead)
      .orderBy(asc(observationPhoto.createdAt)),
  ]);
  return { ratings, notes, photos };
}

/** The district's scale, lowest level first. */
export async function loadObservationScale(tx: Transaction) {
  return tx
    .select({
      rank: observationLevel.rank,
      label: observationLevel.label,
      description: observationLevel.description,
      isTarget: observationLevel.isTarget,
    })
    .from(observationLevel)
    .orderBy(asc(observationLevel.rank));
}
