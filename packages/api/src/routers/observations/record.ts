import type { Transaction } from "@throughline/db/client";
import { loadStoredDraft } from "@throughline/db/queries/observations/observation-draft-stored";
import { relationToTeacher } from "@throughline/db/queries/observations/observation-visibility";
import { findVisibleObservation } from "@throughline/db/queries/observations/observations";
import {
  countIndicators,
  countRatedIndicators,
  createObservation,
  discardDraft,
  publishDraft,
  saveDraft,
} from "@throughline/db/queries/observations/observations-write";
import { observation } from "@throughline/db/schema";
import {
  type ObservationDraftSaveResult,
  observationIdInputSchema,
  saveObservationDraftInputSchema,
  startObservationInputSchema,
} from "@throughline/domain/observation";
import { TRPCError } from "@trpc/server";
import { audited } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { notifyObservationPublished } from "../../notifications/observation-notifications.ts";
import { authedProcedure } from "../../trpc.ts";

/*
 * Recording an observation: the observer starts a draft, autosaves it from their device,
 * publishes it to the teacher or throws it away. Only the observer ever touches a draft.
 */

const notFound = () =>
  new TRPCError({ code: "NOT_FOUND", message: "There is no such observation." });

/** The viewer's own draft, or the error that says why it is not one. */
async function requireOwnDraft(tx: Transaction, viewerId: string, observationId: string) {
  const found = await findVisibleObservation(tx, { viewerId, observationId });
  if (!found) throw notFound();
  if (found.relation !== "observer") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the observer can change an observation.",
    });
  }
  if (found.status !== "draft") {
    throw new TRPCError({ code: "CONFLICT", message: "This observation is already published." });
  }
  return found;
}

async function requireIndicators(tx: Transaction, ids: string[], field: string) {
  if ((await countIndicators(tx, ids)) !== ids.length) {
    throw fieldProblem([field], "Choose indicators of your district's framework");
  }
}

export const recordObservationProcedures = {
  /**
   * Starts a draft. Coaching: the teacher's coach or the facilitator of their team.
   * Walkthrough: a principal of the teacher's school or a district admin.
   */
  start: authedProcedure.input(startObservationInputSchema).mutation(async ({ ctx, input }) => {
    const relation = await relationToTeacher(ctx.tx, {
      viewerId: ctx.personId,
      teacherId: input.teacherId,
    });
    if (relation === null) {
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such teacher." });
    }
    const allowed = input.kind === "coaching" ? "supporting_coach" : "leader";
    if (relation !== allowed) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message:
          input.kind === "coaching"
            ? "Coaching observations are for the teacher's coach or team facilitator."
            : "Walkthroughs are for the principal of the teacher's school or district staff.",
      });
    }
    await requireIndicators(ctx.tx, input.indicatorIds, "indicatorIds");
    const observationId = await createObservation(ctx.tx, {
      ...input,
      districtId: ctx.districtId,
      observerId: ctx.personId,
    });
    return { observationId };
  }),

  /** An autosave: the whole draft, compare-and-set on the revision the device last saw. */
  saveDraft: authedProcedure
    .input(saveObservationDraftInputSchema)
    .mutation(async ({ ctx, input }): Promise<ObservationDraftSaveResult> => {
      await requireOwnDraft(ctx.tx, ctx.personId, input.observationId);
      await requireIndicators(
        ctx.tx,
        input.ratings.map((rating) => rating.indicatorId),
        "ratings",
      );
      const revision = await saveDraft(ctx.tx, {
        districtId: ctx.districtId,
        observerId: ctx.personId,
        input,
      });
      if (revision !== null) return { outcome: "saved", revision };
      // requireOwnDraft found it in this transaction, so it is there to read.
      const current = await loadStoredDraft(ctx.tx, input);
      if (!current) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such draft." });
      return {
        outcome: "conflict",
        message: "This draft was changed on another device. Reload to see the latest version.",
        revision: current.revision,
        theirs: current.draft,
      };
    }),

  /** Shares the observation with the teacher; at least one indicator must have a level. */
  publish: authedProcedure.input(observationIdInputSchema).mutation(async ({ ctx, input }) => {
    await requireOwnDraft(ctx.tx, ctx.personId, input.observationId);
    if ((await countRatedIndicators(ctx.tx, input)) === 0) {
      throw fieldProblem(
        ["ratings"],
        "Choose a level for at least one indicator before publishing",
      );
    }
    const published = await audited(
      ctx,
      { table: observation, kind: "observation", id: input.observationId },
      "observation.published",
      () => publishDraft(ctx.tx, { ...input, observerId: ctx.personId }),
    );
    if (!published) throw notFound();
    await notifyObservationPublished(ctx, input.observationId);
    return { observationId: input.observationId };
  }),

  /** Throws a draft away. */
  discard: authedProcedure.input(observationIdInputSchema).mutation(async ({ ctx, input }) => {
    await requireOwnDraft(ctx.tx, ctx.personId, input.observationId);
    if (!(await discardDraft(ctx.tx, { ...input, observerId: ctx.personId }))) throw notFound();
    return { observationId: input.observationId };
  }),
};
