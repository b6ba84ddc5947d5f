import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { commitmentPlanGoal } from "@throughline/domain/meeting-room";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { useState } from "react";
import type { Plan } from "./types.ts";

export type GoalPart = "both" | "goal" | "indicators";

/**
 * The goal and the chosen indicators as the teacher is editing them, and the one save that
 * writes both. The page may show the two in different places; whichever save button is pressed
 * saves everything typed and ticked, so an edit in the other place is never dropped. The goal
 * text is also kept on this device as it is typed (the API keeps no draft of it), so a reload
 * or a wrong tap before saving loses nothing.
 */
export function useGoalDraft(stageId: string, plan: Plan | null) {
  const queryClient = useQueryClient();
  // A plan a team meeting started has a placeholder goal: the teacher still writes their own.
  const goalDraft = useAutosaveDraft<string>({
    key: `plan-goal:${stageId}`,
    saved: plan && plan.goal !== commitmentPlanGoal ? plan.goal : "",
  });
  const goal = goalDraft.value;
  const [chosen, setChosen] = useState<string[]>(plan?.indicators.map((item) => item.id) ?? []);
  /** Where the last save was pressed, to say "Saved." (or the error) beside that button. */
  const [savedFrom, setSavedFrom] = useState<GoalPart | null>(null);
  const [submittedFrom, setSubmittedFrom] = useState<GoalPart>("both");
  const save = useMutation(
    trpc.actionPlan.save.mutationOptions({
      onSuccess: async (_result, variables) => {
        goalDraft.markSaved(variables.goal);
        setSavedFrom(submittedFrom);
        await queryClient.invalidateQueries({ queryKey: trpc.actionPlan.pathKey() });
      },
    }),
  );
  return {
    goal,
    chosen,
    save,
    /** The goal text's device draft: its status, and whether it holds unsaved text. */
    goalState: goalDraft.state,
    goalDirty: goalDraft.dirty,
    savedFrom,
    submittedFrom,
    setGoal(text: string) {
      setSavedFrom(null);
      goalDraft.setValue(text);
    },
    toggle(id: string, on: boolean) {
      setSavedFrom(null);
      setChosen((current) => (on ? [...current, id] : current.filter((item) => item !== id)));
    },
    submit(from: GoalPart) {
      setSavedFrom(null);
      setSubmittedFrom(from);
      save.mutate({ stageId, goal, indicatorIds: chosen });
    },
  };
}

export type GoalDraft = ReturnType<typeof useGoalDraft>;
