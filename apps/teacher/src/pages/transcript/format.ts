import { pdActivityKindLabels } from "@throughline/domain/transcript";

/** Hours with one decimal, always: "3.0". */
export function formatHours(hours: number): string {
  return hours.toFixed(1);
}

export const kindLabels = pdActivityKindLabels;
