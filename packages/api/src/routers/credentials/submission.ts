import {
  findCurrentVersion,
  insertSubmission,
  listMyAttempts,
  markSubmitted,
} from "@throughline/db/queries/credentials/credential-earning";
import {
  copyEvidence,
  deleteEvidenceItem,
  findPlanFileOwner,
  insertEvidence,
  listSubmissionEvidence,
  moveEvidenceItem,
  updateEvidence,
} from "@throughline/db/queries/credentials/credential-earning-evidence";
import { clipEvidenceFacts } from "@throughline/db/queries/video/video-clip-shares";
import {
  addEvidenceInputSchema,
  credentialInputSchema,
  evidenceItemInputSchema,
  moveEvidenceInputSchema,
  submissionInputSchema,
  updateEvidenceInputSchema,
} from "@throughline/domain/credential-earning";
import { missingRequirements } from "@throughline/domain/rules/submission-readiness";
import { TRPCError } from "@trpc/server";
import { requireMyDraft, requireMyDraftItem } from "../../credentials/draft-guards.ts";
import { fieldProblem } from "../../field-problem.ts";
import { teacherProcedure } from "../../trpc.ts";

/** The teacher's writes on a submission: start an attempt, change its evidence, submit it. */
export const submissionProcedures = {
  /**
   * Starts my next attempt: attempt 1 on the current version, or after a *not yet* the next
   * attempt on the same version as the last, with its evidence copied in. Refused while an
   * attempt is open (draft or submitted) or once the credential is earned.
   */
  start: teacherProcedure.input(credentialInputSchema).mutation(async ({ ctx, input }) => {
    const current = await findCurrentVersion(ctx.tx, { credentialId: input.credentialId });
    if (!current)
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
    const [latest] = await listMyAttempts(ctx.tx, {
      personId: ctx.personId,
      credentialIds: [input.credentialId],
    });
    if (latest && latest.status !== "not_yet") {
      const message =
        latest.status === "earned"
          ? "You have already earned this credential."
          : `Attempt ${latest.attempt} is still open; finish it before starting another.`;
      throw fieldProblem(["credentialId"], message);
    }
    if (!latest && current.archived) {
      throw fieldProblem(["credentialId"], "This credential takes no new submissions.");
    }
    const submissionId = await insertSubmission(ctx.tx, {
      districtId: ctx.districtId,
      credentialId: input.credentialId,
      versionId: latest ? latest.versionId : current.versionId,
      personId: ctx.personId,
      attempt: latest ? latest.attempt + 1 : 1,
    });
    if (latest) {
      await copyEvidence(ctx.tx, {
        districtId: ctx.districtId,
        fromSubmissionId: latest.id,
        toSubmissionId: submissionId,
      });
    }
    return { submissionId, attempt: latest ? latest.attempt + 1 : 1 };
  }),

  /** Adds a plan file of mine, a link or written text to one requirement of my draft. */
  addEvidence: teacherProcedure.input(addEvidenceInputSchema).mutation(async ({ ctx, input }) => {
    const { version } = await requireMyDraft(ctx.tx, {
      submissionId: input.submissionId,
      personId: ctx.personId,
    });
    const requirement = version.requirements.find((entry) => entry.key === input.requirementKey);
    if (!requirement) {
      throw fieldProblem(["requirementKey"], "This credential has no such requirement.");
    }
    const base = {
      districtId: ctx.districtId,
      submissionId: input.submissionId,
      requirementKey: input.requirementKey,
    };
    if (input.source === "plan_file") {
      if (requirement.kind !== "files") {
        throw fieldProblem(["evidenceFileId"], `${requirement.label} takes no files.`);
      }
      const file = await findPlanFileOwner(ctx.tx, { fileId: input.evidenceFileId });
      if (!file) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such file." });
      if (file.ownerId !== ctx.personId) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only files from your own action plans can be used as evidence.",
        });
      }
      const itemId = await insertEvidence(ctx.tx, {
        ...base,
        source: "plan_file",
        evidenceFileId: file.id,
        annotation: input.annotation,
      });
      return { itemId };
    }
    if (input.source === "link") {
      if (requirement.kind === "reflection") {
        throw fieldProblem(["url"], `${requirement.label} takes written text, not a link.`);
      }
      const itemId = await insertEvidence(ctx.tx, {
        ...base,
        source: "link",
        url: input.url,
        annotation: input.annotation,
      });
      return { itemId };
    }
    if (requirement.kind !== "reflection") {
      throw fieldProblem(["text"], `${requirement.label} takes files or links, not text.`);
    }
    const itemId = await insertEvidence(ctx.tx, { ...base, source: "text", text: input.text });
    return { itemId };
  }),

  /** Changes an item's annotation, text or link (each only where it applies). */
  updateEvidence: teacherProcedure
    .input(updateEvidenceInputSchema)
    .mutation(async ({ ctx, input }) => {
      const item = await requireMyDraftItem(ctx, input.itemId);
      if (input.text !== undefined && item.source !== "text") {
        throw fieldProblem(["text"], "Only a written item has text.");
      }
      if (input.url !== undefined && item.source !== "link") {
        throw fieldProblem(["url"], "Only a link item has a link.");
      }
      await updateEvidence(ctx.tx, input);
      return { itemId: item.id };
    }),

  /**
   * Takes an item off my draft. An uploaded file's bytes stay in storage: an earlier attempt
   * may reference the same stored file, and reviewers of that attempt still read it.
   */
  removeEvidence: teacherProcedure
    .input(evidenceItemInputSchema)
    .mutation(async ({ ctx, input }) => {
      await requireMyDraftItem(ctx, input.itemId);
      await deleteEvidenceItem(ctx.tx, input);
      return { removed: true };
    }),

  moveEvidence: teacherProcedure.input(moveEvidenceInputSchema).mutation(async ({ ctx, input }) => {
    await requireMyDraftItem(ctx, input.itemId);
    await moveEvidenceItem(ctx.tx, input);
    return { moved: true };
  }),

  /** Hands my draft in for review; refused, listing what is missing, until every requirement is met. */
  submit: teacherProcedure.input(submissionInputSchema).mutation(async ({ ctx, input }) => {
    const { submission, version } = await requireMyDraft(ctx.tx, {
      submissionId: input.submissionId,
      personId: ctx.personId,
    });
    const evidence = await listSubmissionEvidence(ctx.tx, { submissionId: submission.id });
    // Clips of the teacher's classroom video count beside the other evidence.
    const clips = await clipEvidenceFacts(ctx.tx, submission.id);
    const missing = missingRequirements(version.requirements, [...evidence, ...clips]);
    if (missing.length > 0) {
      throw fieldProblem(
        ["submissionId"],
        `Not ready to submit: ${missing.map((entry) => entry.message).join(" ")}`,
      );
    }
    const now = new Date();
    await markSubmitted(ctx.tx, { submissionId: submission.id, now });
    return { submissionId: submission.id, submittedAt: now };
  }),
};
