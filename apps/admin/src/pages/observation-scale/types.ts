import type { RouterOutputs } from "@throughline/api/types";

export type ScaleLevel = RouterOutputs["observations"]["scale"][number];
export type IndicatorTargetRow = RouterOutputs["observations"]["indicatorTargets"][number];

/** A level as the form holds it: descriptions are plain strings while typed. */
export interface LevelDraft {
  label: string;
  description: string;
}

/** A scale has 2 to 6 levels (the same limits as the server's input schema). */
export const fewestLevels = 2;
export const mostLevels = 6;
