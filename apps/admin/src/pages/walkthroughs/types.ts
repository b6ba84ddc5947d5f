import type { RouterOutputs } from "@throughline/api/types";

export type Heatmap = RouterOutputs["walkthroughs"]["heatmap"];
export type HeatmapRow = Heatmap["rows"][number];
export type HeatmapCell = HeatmapRow["cells"][number];
export type Visits = RouterOutputs["walkthroughs"]["visits"];
export type WalkthroughSummary = RouterOutputs["walkthroughs"]["list"][number];

/** The heatmap cell whose walkthroughs are listed below it. */
export interface SelectedCell {
  teamId: string;
  teamName: string;
  indicatorId: string;
  indicatorLabel: string;
}

export interface PeriodChoice {
  schoolId: string;
  from: string;
  to: string;
}
