import { EXTERNAL_ACTIVITY_LABEL } from "@throughline/domain/external-pd-transcript";
import { pdActivityKindLabels } from "@throughline/domain/transcript";
import type { PdActivity } from "./types.ts";

/** Hours with one decimal, always: "3.0". */
export function formatHours(hours: number): string {
  return hours.toFixed(1);
}

export const kindLabels = pdActivityKindLabels;

/** A line's activity as the table names it; PD taken elsewhere is "External". */
export function activityLabel(kind: PdActivity["kind"]): string {
  return kind === "external" ? EXTERNAL_ACTIVITY_LABEL : pdActivityKindLabels[kind];
}
