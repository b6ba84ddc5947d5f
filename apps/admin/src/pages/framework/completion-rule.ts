/** A stage's completion rule in one line, as the framework page lists it. */
export function completionRuleText(stage: {
  meetingsRequired: number;
  requiresConfirmation: boolean;
}): string {
  const meetings =
    stage.meetingsRequired === 0
      ? "No support meetings"
      : `${stage.meetingsRequired} support meeting${stage.meetingsRequired === 1 ? "" : "s"}`;
  return stage.requiresConfirmation ? `${meetings}, then a coach confirms` : meetings;
}
