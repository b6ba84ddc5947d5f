import type { NotesSaveResult } from "@throughline/domain/meeting-room";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { meetingAgendaItem, meetingPrivateNote, person } from "../../schema/index.ts";
import { notesEditorOfAgendaItem, tenantJoin } from "../sql/same-district-joins.ts";

/*
 * Notes are saved by compare-and-set: a save names the version its writer started from and
 * applies only if that is still the stored version, in one statement, so two writers can never
 * overwrite each other unseen. A refused save answers with what is stored now.
 */

function conflict(theirs: {
  text: string;
  version: number;
  byName: string | null;
  at: Date | null;
}): NotesSaveResult {
  return {
    outcome: "conflict",
    message: `${theirs.byName ?? "Someone"} saved these notes while you were writing. Their text is below; nothing of yours was saved yet.`,
    theirs,
  };
}

/** Saves a step's shared notes; null when the meeting has no such agenda item. */
export async function saveAgendaNotes(
  tx: Transaction,
  params: {
    meetingId: string;
    itemId: string;
    notes: string;
    baseVersion: number;
    actorId: string;
  },
): Promise<NotesSaveResult | null> {
  const [saved] = await tx
    .update(meetingAgendaItem)
    .set({
      notes: params.notes,
      notesVersion: sql`${meetingAgendaItem.notesVersion} + 1`,
      notesUpdatedById: params.actorId,
      notesUpdatedAt: new Date(),
    })
    .where(
      and(
        eq(meetingAgendaItem.id, params.itemId),
        eq(meetingAgendaItem.meetingId, params.meetingId),
        eq(meetingAgendaItem.notesVersion, params.baseVersion),
      ),
    )
    .returning({ version: meetingAgendaItem.notesVersion });
  if (saved) return { outcome: "saved", version: saved.version };

  const [current] = await tx
    .select({
      text: meetingAgendaItem.notes,
      version: meetingAgendaItem.notesVersion,
      byName: person.displayName,
      at: meetingAgendaItem.notesUpdatedAt,
    })
    .from(meetingAgendaItem)
    .leftJoin(person, notesEditorOfAgendaItem)
    .where(
      and(
        eq(meetingAgendaItem.id, params.itemId),
        eq(meetingAgendaItem.meetingId, params.meetingId),
      ),
    )
    .limit(1);
  return current ? conflict(current) : null;
}

/**
 * Saves the facilitator's private note. Version 0 means "there is none yet": the insert applies;
 * otherwise only an update of exactly that version does.
 */
export async function savePrivateNote(
  tx: Transaction,
  params: {
    districtId: string;
    meetingId: string;
    body: string;
    baseVersion: number;
    actorId: string;
  },
): Promise<NotesSaveResult> {
  const changes = {
    body: params.body,
    version: sql`${meetingPrivateNote.version} + 1`,
    updatedById: params.actorId,
  };
  const [saved] =
    params.baseVersion === 0
      ? await tx
          .insert(meetingPrivateNote)
          .values({
            districtId: params.districtId,
            meetingId: params.meetingId,
            body: params.body,
            version: 1,
            updatedById: params.actorId,
          })
          // A row exists, so someone saved first: every stored version is at least 1, never 0.
          .onConflictDoUpdate({
            target: [meetingPrivateNote.districtId, meetingPrivateNote.meetingId],
            set: changes,
            setWhere: sql`${meetingPrivateNote.version} = 0`,
          })
          .returning({ version: meetingPrivateNote.version })
      : await tx
          .update(meetingPrivateNote)
          .set(changes)
          .where(
            and(
              eq(meetingPrivateNote.meetingId, params.meetingId),
              eq(meetingPrivateNote.version, params.baseVersion),
            ),
          )
          .returning({ version: meetingPrivateNote.version });
  if (saved) return { outcome: "saved", version: saved.version };

  const [current] = await tx
    .select({
      text: meetingPrivateNote.body,
      version: meetingPrivateNote.version,
      byName: person.displayName,
      at: meetingPrivateNote.updatedAt,
    })
    .from(meetingPrivateNote)
    .leftJoin(person, tenantJoin(person, meetingPrivateNote, meetingPrivateNote.updatedById))
    .where(eq(meetingPrivateNote.meetingId, params.meetingId))
    .limit(1);
  return conflict(current ?? { text: "", version: 0, byName: null, at: null });
}
