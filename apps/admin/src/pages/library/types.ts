import type { RouterOutputs } from "@throughline/api/types";

export type LibraryItemRow = RouterOutputs["sharedLibrary"]["items"][number];
export type LibraryUpdate = RouterOutputs["sharedLibrary"]["updates"][number];
export type ProgramOption = RouterOutputs["programs"]["list"]["programs"][number];
export type StageOption = RouterOutputs["frameworkAdmin"]["stages"][number];
