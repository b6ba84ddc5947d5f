import type {
  CoachingInteractionKind,
  CoachingInteractionView,
} from "@throughline/domain/coaching-log";
import { and, asc, desc, eq, gte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { coachingInteractionIndicator, person } from "../../schema/index.ts";
import { indicatorsOfOwners, rowsOfOwner } from "../framework/framework-of-owners.ts";
import { visibleCoachingInteractions } from "../observations/observation-visibility.ts";

/*
 * Reading the coaching log, always through `visibleCoachingInteractions`: a row per interaction
 * and teacher the viewer may know of, its note nulled unless the viewer may read coaching
 * content. An interaction shows the teachers the viewer may know it was with, and its note and
 * indicators when any of those rows grants content.
 */

/** The most entries one list answers with (a teacher's record over years stays bounded). */
const LIST_LIMIT = 300;

const teacherPerson = alias(person, "interaction_teacher");
const coachPerson = alias(person, "interaction_coach");

interface Row {
  id: string;
  kind: CoachingInteractionKind;
  occurredOn: string;
  minutes: number;
  coachId: string;
  coachName: string;
  teacherId: string;
  teacherName: string;
  access: string;
  note: string | null;
}

/**
 * The interactions the viewer may know of, newest first: of one teacher, or logged by one
 * coach, from a day on.
 */
export async function listVisibleInteractions(
  tx: Transaction,
  params: { viewerId: string; teacherId?: string; coachId?: string; since?: string },
): Promise<CoachingInteractionView[]> {
  const visible = visibleCoachingInteractions(tx, params.viewerId);
  const filters: SQL[] = [];
  if (params.teacherId) filters.push(eq(visible.teacherId, params.teacherId));
  if (params.coachId) filters.push(eq(visible.coachId, params.coachId));
  if (params.since) filters.push(gte(visible.occurredOn, params.since));
  const rows: Row[] = await tx
    .select({
      id: visible.id,
      kind: visible.kind,
      occurredOn: visible.occurredOn,
      minutes: visible.minutes,
      coachId: visible.coachId,
      coachName: coachPerson.displayName,
      teacherId: visible.teacherId,
      teacherName: teacherPerson.displayName,
      access: visible.access,
      note: visible.note,
    })
    .from(visible)
    .innerJoin(teacherPerson, eq(teacherPerson.id, visible.teacherId))
    .innerJoin(coachPerson, eq(coachPerson.id, visible.coachId))
    .where(and(...filters))
    .orderBy(desc(visible.occurredOn), desc(visible.createdAt), asc(teacherPerson.displayName))
    .limit(LIST_LIMIT);

  const byId = new Map<string, CoachingInteractionView>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    const content = row.access === "content";
    if (seen) {
      seen.teachers.push({ id: row.teacherId, displayName: row.teacherName });
      if (content && seen.note === null) seen.note = row.note ?? "";
      continue;
    }
    byId.set(row.id, {
      id: row.id,
      kind: row.kind,
      occurredOn: row.occurredOn,
      minutes: row.minutes,
      coach: { id: row.coachId, displayName: row.coachName },
      teachers: [{ id: row.teacherId, displayName: row.teacherName }],
      note: content ? (row.note ?? "") : null,
      indicators: null,
    });
  }
  const withContent = [...byId.values()].filter((entry) => entry.note !== null);
  if (withContent.length > 0) {
    const indicators = await indicatorsOfOwners(
      tx,
      coachingInteractionIndicator,
      coachingInteractionIndicator.interactionId,
      withContent.map((entry) => entry.id),
    );
    for (const entry of withContent) {
      entry.indicators = rowsOfOwner(indicators, entry.id);
    }
  }
  return [...byId.values()];
}
