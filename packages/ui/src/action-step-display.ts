import type { ActionStepStatus } from "@throughline/domain/enums";
import type { BadgeVariant } from "./badge.tsx";

/** The badge colour of each action-step status, the same for teachers and coaches. */
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
