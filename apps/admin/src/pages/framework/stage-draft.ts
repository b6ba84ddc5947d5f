import type { CreateStageDraft } from "@throughline/domain/framework-admin";

/** A stage's own fields: the program it goes in is chosen apart (and never changes). */
type StageFieldsInput = Omit<CreateStageDraft, "programId">;

/** A stage as its form holds it: the number stays text while typed. */
export interface StageDraft {
  title: string;
  summary: string;
  meetingsRequired: string;
  requiresConfirmation: boolean;
  openToAll: boolean;
}

export const emptyStageDraft: StageDraft = {
  title: "",
  summary: "",
  meetingsRequired: "0",
  requiresConfirmation: false,
  openToAll: false,
};

export function stageDraftOf(stage: StageFieldsInput): StageDraft {
  const { title, summary, requiresConfirmation, openToAll } = stage;
  return {
    title,
    summary,
    requiresConfirmation,
    openToAll,
    meetingsRequired: String(stage.meetingsRequired),
  };
}

/** What the server checks; a blank or non-numeric count is sent as is and named there. */
export function stageInputOf(draft: StageDraft): StageFieldsInput {
  const meetings = draft.meetingsRequired.trim();
  return { ...draft, meetingsRequired: meetings === "" ? Number.NaN : Number(meetings) };
}
