import type { RouterOutputs } from "@throughline/api/types";

export type EditorStage = RouterOutputs["frameworkAdmin"]["stages"][number];
export type EditorStageDetail = RouterOutputs["frameworkAdmin"]["stage"];
export type EditorSession = RouterOutputs["frameworkAdmin"]["session"];
export type EditorIndicator = RouterOutputs["frameworkAdmin"]["indicators"][number];
export type EditorProtocol = RouterOutputs["frameworkAdmin"]["protocols"][number];
