import type { CoachingInteractionView } from "@throughline/domain/coaching-log";
import { CoachingInteractionList } from "@throughline/ui/coaching-interaction-list";

/** Logged interactions as a coach reads them: with the teachers and the indicators worked on. */
export function InteractionList({
  interactions,
}: {
  interactions: readonly CoachingInteractionView[];
}) {
  return <CoachingInteractionList interactions={interactions} viewer="coach" />;
}
