import {
  findEvidenceItem,
  findPlanFileOwner,
  insertEvidence,
} from "@throughline/db/queries/credentials/credential-earning-evidence";
import { reviewEligibility } from "@throughline/db/queries/credentials/review-eligibility";
import { definitionKeySchema } from "@throughline/domain/credential";
import { TRPCError } from "@trpc/server";
import { requireMyDraft } from "../credentials/draft-guards.ts";
import type { TenantScope } from "../session.ts";
import { fileProblem } from "./file-results.ts";
import { fileStore, type UploadedFile } from "./file-store.ts";

/*
 * Files of micro-credential submissions over plain HTTP, under the action-plan evidence rules
 * (same limits, types and content check). Only the teacher adds files to their own draft; the
 * bytes go to the teacher, to whoever may review the submission, and to district admins.
 */

type SubmissionUpload = UploadedFile & { submissionId: string; requirementKey: string };

export const submissionEvidenceFiles = fileStore({
  notFound: fileProblem(404, "There is no such file."),

  refuse: (upload: SubmissionUpload) =>
    definitionKeySchema.safeParse(upload.requirementKey).success
      ? null
      : fileProblem(400, "requirementKey: Choose a requirement"),

  async add(scope, upload: SubmissionUpload, store) {
    const draft = await draftOrProblem(scope, upload.submissionId);
    if (!draft.ok) return draft;
    // `refuse` has let only a well-formed key through; parsing it again trims it.
    const requirementKey = definitionKeySchema.parse(upload.requirementKey);
    const requirement = draft.version.requirements.find((entry) => entry.key === requirementKey);
    if (requirement?.kind !== "files") {
      return fileProblem(400, "requirementKey: This requirement takes no files");
    }
    const itemId = await insertEvidence(scope.tx, {
      districtId: scope.districtId,
      submissionId: upload.submissionId,
      requirementKey: requirement.key,
      source: "upload",
      ...(await store()),
    });
    return { ok: true, itemId } as const;
  },

  /** One file item (an upload, or the plan file it references), if the viewer may read it. */
  async find(scope, itemId) {
    const item = await findEvidenceItem(scope.tx, { itemId });
    if (!item || !(await mayReadEvidence(scope, item))) return null;
    if (item.source === "upload" && item.storageKey && item.fileName && item.contentType) {
      return {
        storageKey: item.storageKey,
        fileName: item.fileName,
        contentType: item.contentType,
        sizeBytes: item.sizeBytes ?? 0,
      };
    }
    if (item.source === "plan_file" && item.evidenceFileId) {
      return findPlanFileOwner(scope.tx, { fileId: item.evidenceFileId });
    }
    return null;
  },
});

/** The draft, or the API's refusal turned into an HTTP problem. */
async function draftOrProblem(scope: TenantScope, submissionId: string) {
  try {
    const { version } = await requireMyDraft(scope.tx, {
      submissionId,
      personId: scope.personId,
    });
    return { ok: true, version } as const;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") {
      return fileProblem(403, error.message);
    }
    if (error instanceof TRPCError) {
      return fileProblem(404, "There is no such submission.");
    }
    throw error;
  }
}

/** Whether the viewer may read a submission's evidence: its teacher, a reviewer, a district admin. */
async function mayReadEvidence(
  scope: TenantScope,
  item: { submissionId: string; ownerId: string },
): Promise<boolean> {
  if (item.ownerId === scope.personId) return true;
  if (scope.scope.districtAdmin) return true;
  const eligibility = await reviewEligibility(scope.tx, {
    personId: scope.personId,
    submissionId: item.submissionId,
    now: new Date(),
  });
  return eligibility?.ok === true;
}
