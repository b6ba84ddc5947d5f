import { listIndicators } from "@throughline/db/queries/action-plans/action-plans";
import { findTeacher } from "@throughline/db/queries/caseload/coachee";
import { relationToTeacher } from "@throughline/db/queries/observations/observation-visibility";
import {
  findVisibleObservation,
  listMyObservations,
  listObservationsBy,
  listObservationsOfTeacher,
  listObservationsSharedWithLeader,
  loadObservationContent,
  loadObservationScale,
} from "@throughline/db/queries/observations/observations";
import {
  observationIdInputSchema,
  startObservationInputSchema,
} from "@throughline/domain/observation";
import { TRPCError } from "@trpc/server";
import { authedProcedure, teacherProcedure } from "../../trpc.ts";

/*
 * Reading observations. The db layer already drops what the viewer may not know of and nulls
 * content on facts-only rows; the shapes here say it once more, so a facts-only row answers
 * with kind, date and observer and nothing that could hold content.
 */

type Summary = Awaited<ReturnType<typeof listObservationsOfTeacher>>[number];

function summaryFor(row: Summary) {
  const facts = {
    id: row.id,
    teacherId: row.teacherId,
    teacherName: row.teacherName,
    observerName: row.observerName,
    kind: row.kind,
    status: row.status,
    observedOn: row.observedOn,
    publishedAt: row.publishedAt,
    mine: row.relation === "observer",
  };
  if (row.access === "facts") return { ...facts, access: "facts" as const };
  return {
    ...facts,
    access: "content" as const,
    classLabel: row.classLabel,
    reflected: row.reflected,
    acknowledged: row.acknowledged,
    sharedWithLeaders: row.sharedWithLeaders,
  };
}

/** `{ teacherId }`, the same field as starting an observation. */
const forTeacherInputSchema = startObservationInputSchema.pick({ teacherId: true });

export const readObservationProcedures = {
  /** What the viewer may record for this teacher: the kinds open to them and the indicators. */
  startOptions: authedProcedure.input(forTeacherInputSchema).query(async ({ ctx, input }) => {
    const [relation, teacher, indicators] = await Promise.all([
      relationToTeacher(ctx.tx, { viewerId: ctx.personId, teacherId: input.teacherId }),
      findTeacher(ctx.tx, { personId: input.teacherId }),
      listIndicators(ctx.tx),
    ]);
    if (relation === null || !teacher) {
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such teacher." });
    }
    const kinds = [
      ...(relation === "supporting_coach" ? (["coaching"] as const) : []),
      ...(relation === "leader" ? (["walkthrough"] as const) : []),
    ];
    if (kinds.length === 0) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You can observe teachers you coach, or teachers of a school you lead.",
      });
    }
    return { teacher: { id: teacher.id, displayName: teacher.displayName }, kinds, indicators };
  }),

  /** A teacher's observations as the viewer may see them (coaches, facilitators, leaders). */
  forTeacher: authedProcedure.input(forTeacherInputSchema).query(async ({ ctx, input }) => {
    const rows = await listObservationsOfTeacher(ctx.tx, {
      viewerId: ctx.personId,
      teacherId: input.teacherId,
    });
    return rows.map(summaryFor);
  }),

  /** What the viewer recorded, drafts first to pick up again. */
  recorded: authedProcedure.query(async ({ ctx }) => {
    const rows = await listObservationsBy(ctx.tx, { viewerId: ctx.personId });
    return rows.map((row) => ({ ...summaryFor(row), indicatorCount: row.indicatorCount }));
  }),

  /** Coaching observations teachers of the viewer's schools shared with them as a leader. */
  sharedWithMe: authedProcedure.query(async ({ ctx }) => {
    const rows = await listObservationsSharedWithLeader(ctx.tx, { viewerId: ctx.personId });
    return rows.map(summaryFor);
  }),

  /** The signed-in teacher's published observations. */
  mine: teacherProcedure.query(async ({ ctx }) => {
    const rows = await listMyObservations(ctx.tx, { viewerId: ctx.personId });
    return rows.map(summaryFor);
  }),

  /** One observation; its content only for those the visibility rule lets read it. */
  detail: authedProcedure.input(observationIdInputSchema).query(async ({ ctx, input }) => {
    const params = { viewerId: ctx.personId, observationId: input.observationId };
    const found = await findVisibleObservation(ctx.tx, params);
    if (!found)
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such observation." });
    const scale = await loadObservationScale(ctx.tx);
    const summary = summaryFor(found);
    if (summary.access === "facts") return { ...summary, scale, content: null };
    const content = await loadObservationContent(ctx.tx, params);
    return {
      ...summary,
      scale,
      relation: found.relation,
      content: {
        ...content,
        durationMinutes: found.durationMinutes,
        revision: found.revision,
        reflection: found.reflection,
        reflectedAt: found.reflectedAt,
        acknowledgedAt: found.acknowledgedAt,
        updatedAt: found.updatedAt,
      },
    };
  }),
};
