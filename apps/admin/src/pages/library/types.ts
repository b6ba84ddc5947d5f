import type { RouterOutputs } from "@throughline/api/types";
import type { LibraryKind } from "@throughline/domain/library";

export type LibraryItemRow = RouterOutputs["sharedLibrary"]["items"][number];
export type LibraryUpdate = RouterOutputs["sharedLibrary"]["updates"][number];
export type ProgramOption = RouterOutputs["programs"]["list"]["programs"][number];
export type StageOption = RouterOutputs["frameworkAdmin"]["stages"][number];
type CredentialOption = RouterOutputs["credentialAdmin"]["list"]["credentials"][number];
export type ImportedCopy = RouterOutputs["sharedLibrary"]["importItem"];

/** What the district can share: its programs, stages and micro-credentials (sessions by stage). */
export interface ShareableSources {
  programs: readonly ProgramOption[];
  stages: readonly StageOption[];
  credentials: readonly CredentialOption[];
}

export const kindLabels: Record<LibraryKind, string> = {
  stage: "Stage",
  program: "Program",
  session: "Session",
  credential: "Micro-credential",
};

/** Where the district's copy opens, by what it is. */
export function copyLink(copy: ImportedCopy): string {
  if (copy.credentialId) return `/credentials/${copy.credentialId}`;
  if (copy.sessionId) return `/framework/sessions/${copy.sessionId}`;
  if (copy.stageId) return `/framework/stages/${copy.stageId}`;
  return "/framework";
}
