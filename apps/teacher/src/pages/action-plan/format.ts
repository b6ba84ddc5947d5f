import type { ActionStepStatus } from "@throughline/domain/enums";
import type { BadgeVariant } from "@throughline/ui/badge";

const dayFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const momentFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

/** "2026-11-25" (a calendar day, no zone) → "Nov 25, 2026". */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "Nov 25, 3:40 PM". */
export function formatMoment(date: Date): string {
  return momentFormat.format(date);
}

export const statusVariant: Record<ActionStepStatus, BadgeVariant> = {
  planned: "neutral",
  in_progress: "info",
  done: "success",
  stuck: "danger",
};

/** Where an evidence file opens (the server checks that the viewer may read it). */
export function evidenceFileUrl(fileId: string): string {
  return `/files/evidence/${fileId}`;
}
