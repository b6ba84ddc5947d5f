import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { AddButton } from "@throughline/ui/add-button";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { Minus } from "lucide-react";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { LevelFields } from "./level-fields.tsx";
import { TargetChoice } from "./target-choice.tsx";
import { fewestLevels, type LevelDraft, mostLevels, type ScaleLevel } from "./types.ts";

function draftsOf(scale: readonly ScaleLevel[]): LevelDraft[] {
  return scale.map((level) => ({ label: level.label, description: level.description }));
}

/** Rename the levels, add or remove one at the top, and choose the target; saved together. */
export function ScaleForm({ scale }: { scale: readonly ScaleLevel[] }) {
  const queryClient = useQueryClient();
  const [levels, setLevels] = useState(() => draftsOf(scale));
  const [targetRank, setTargetRank] = useState(
    () => scale.find((level) => level.isTarget)?.rank ?? scale.length - 1,
  );
  const save = useMutation(
    trpc.observations.setScale.mutationOptions({
      onSuccess: (saved) => {
        setLevels(draftsOf(saved));
        queryClient.setQueryData(trpc.observations.scale.queryKey(), saved);
      },
    }),
  );
  const busy = save.isPending;
  const fieldProblems = save.error?.data?.fieldErrors ?? null;

  const edit = (next: LevelDraft[], nextTarget = targetRank) => {
    save.reset();
    setLevels(next);
    setTargetRank(Math.min(nextTarget, next.length - 1));
  };
  const submit = () => {
    save.mutate({
      levels: levels.map((level) => ({ label: level.label, description: level.description })),
      targetRank,
    });
  };

  return (
    <FormCard
      title="Levels"
      description="Lowest first. Ratings keep their place on the scale, so renaming a level renames it in every observation already recorded."
      onSubmit={submit}
      className="gap-5"
    >
      {levels.map((level, rank) => (
        <LevelFields
          // Levels are only added or removed at the top, so the rank is a stable key.
          key={rank}
          rank={rank}
          count={levels.length}
          level={level}
          error={save.error}
          disabled={busy}
          onChange={(changed) => edit(levels.map((old, at) => (at === rank ? changed : old)))}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <AddButton
          disabled={busy || levels.length >= mostLevels}
          onClick={() => edit([...levels, { label: "", description: "" }])}
        >
          Add a level at the top
        </AddButton>
        <Button
          type="button"
          variant="secondary"
          disabled={busy || levels.length <= fewestLevels}
          onClick={() => edit(levels.slice(0, -1))}
        >
          <Minus aria-hidden="true" className="size-4" />
          Remove the highest level
        </Button>
      </div>
      <p className="text-sm text-muted-foreground">
        A scale has {fewestLevels} to {mostLevels} levels. A level still used by a rating cannot be
        removed.
      </p>
      {fieldError(save.error, "levels") ? (
        <p className="text-sm font-medium text-danger">{fieldError(save.error, "levels")}</p>
      ) : null}
      <TargetChoice
        levels={levels}
        targetRank={targetRank}
        error={fieldError(save.error, "targetRank")}
        disabled={busy}
        onChange={(rank) => edit(levels, rank)}
      />
      <div className="flex flex-col gap-3">
        <SaveFooter
          save={save}
          label="Save the scale"
          savedTitle="Scale saved"
          savedMessage="Observations, growth charts and recommendations now use these levels."
        />
        {save.isError && !fieldProblems ? (
          <Alert variant="error" title="The scale was not saved">
            {save.error.message}
          </Alert>
        ) : null}
        {fieldProblems ? (
          <Alert variant="error" title="The scale was not saved">
            Correct the fields marked above.
          </Alert>
        ) : null}
      </div>
    </FormCard>
  );
}
