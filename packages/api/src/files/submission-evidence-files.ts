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
import {
  type FileDeps,
  type FileMembership,
  type FileProblem,
  type OpenedFile,
  uploadProblem,
} from "./file-results.ts";
import { withViewerUpload } from "./stored-upload.ts";
import { openViewerFile } from "./viewer-file.ts";

/*
 * Files of micro-credential submissions over plain HTTP, under the action-plan evidence rules
 * (same limits, types and content check). Only the teacher adds files to their own draft; the
 * bytes go to the teacher, to whoever may review the submission, and to district admins.
 */

const noSuchFile: FileProblem = { ok: false, status: 404, message: "There is no such file." };

export async function uploadSubmissionEvidence(
  deps: FileDeps,
  membership: FileMembership,
  upload: {
    submissionId: string;
    requirementKey: string;
    fileName: string;
    contentType: string;
    bytes: Uint8Array;
  },
): Promise<{ ok: true; itemId: string } | FileProblem> {
  const refused = uploadProblem(upload);
  if (refused) return refused;
  const requirementKey = definitionKeySchema.safeParse(upload.requirementKey);
  if (!requirementKey.success) {
    return { ok: false, status: 400, message: "requirementKey: Choose a requirement" };
  }

  return withViewerUpload(deps, membership, upload, async (scope, store) => {
    const draft = await draftOrProblem(scope, upload.submissionId);
    if (!draft.ok) return draft;
    const requirement = draft.version.requirements.find(
      (entry) => entry.key === requirementKey.data,
    );
    if (requirement?.kind !== "files") {
      return {
        ok: false,
        status: 400,
        message: "requirementKey: This requirement takes no files",
      } as const;
    }
    const itemId = await insertEvidence(scope.tx, {
      districtId: scope.districtId,
      submissionId: upload.submissionId,
      requirementKey: requirement.key,
      source: "upload",
      ...(await store()),
    });
    return { ok: true, itemId } as const;
  });
}

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
      return { ok: false, status: 403, message: error.message } as const;
    }
    if (error instanceof TRPCError) {
      return { ok: false, status: 404, message: "There is no such submission." } as const;
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

/** One file item's bytes (an upload, or the plan file it references); 404 to anyone else. */
export async function openSubmissionEvidence(
  deps: FileDeps,
  membership: FileMembership,
  itemId: string,
): Promise<OpenedFile | FileProblem> {
  return openViewerFile(deps, membership, noSuchFile, async (scope) => {
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
  });
}
