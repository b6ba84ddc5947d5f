import type { Transaction } from "@throughline/db/client";
import {
  findSubmission,
  findVersion,
} from "@throughline/db/queries/credentials/credential-earning";
import { findEvidenceItem } from "@throughline/db/queries/credentials/credential-earning-evidence";
import { TRPCError } from "@trpc/server";

/*
 * A teacher changes only their own draft: someone else's submission is "not found" (nobody
 * learns that it exists), and a submitted or decided one is frozen, since reviewers judge
 * exactly what was handed in.
 *
 * The credentials router and the submission file routes (`files/`) both apply it, so it sits in
 * neither's folder: nothing outside `routers/` imports from it.
 */

const noSuchSubmission = () =>
  new TRPCError({ code: "NOT_FOUND", message: "There is no such submission." });

function requireDraftStatus(status: string): void {
  if (status !== "draft") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This attempt has been submitted; its evidence can no longer change.",
    });
  }
}

/** My submission in draft, with the version it is judged against. */
export async function requireMyDraft(
  tx: Transaction,
  params: { submissionId: string; personId: string },
) {
  const submission = await findSubmission(tx, { submissionId: params.submissionId });
  if (!submission || submission.personId !== params.personId) throw noSuchSubmission();
  requireDraftStatus(submission.status);
  const version = await findVersion(tx, { versionId: submission.versionId });
  if (!version) throw noSuchSubmission();
  return { submission, version };
}

/** One evidence item of the viewer's (`personId`'s) draft. */
export async function requireMyDraftItem(
  viewer: { tx: Transaction; personId: string },
  itemId: string,
) {
  const item = await findEvidenceItem(viewer.tx, { itemId });
  if (!item || item.ownerId !== viewer.personId) {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such evidence item." });
  }
  requireDraftStatus(item.status);
  return item;
}
