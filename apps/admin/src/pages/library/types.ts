import type { RouterOutputs } from "@throughline/api/types";

export type LibraryItemRow = RouterOutputs["library"]["items"][number];
export type LibraryUpdate = RouterOutputs["library"]["updates"][number];
export type ProgramOption = RouterOutputs["programs"]["list"]["programs"][number];
export type StageOption = RouterOutputs["frameworkAdmin"]["stages"][number];
