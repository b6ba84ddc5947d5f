import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { LiveRegion, useAnnouncement } from "./live-region.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import { ProgramDetailsForm } from "./program-details-form.tsx";
import { ProgramRequirementsForm } from "./program-requirements-form.tsx";
import type { EditorProgram, ProgramRequirementRow } from "./program-types.ts";

/**
 * A program's settings, folded away under its stages: its place among the programs, its name,
 * who must take it, and archiving (which keeps its stages and every teacher's record).
 */
export function ProgramSettings({
  program,
  index,
  count,
  requirements,
}: {
  program: EditorProgram;
  index: number;
  count: number;
  requirements: readonly ProgramRequirementRow[];
}) {
  const queryClient = useQueryClient();
  const [message, announce] = useAnnouncement();
  const refresh = () => queryClient.invalidateQueries(trpc.programs.list.queryFilter());
  const list = queryClient.getQueryData(trpc.programs.list.queryKey());
  const reorder = useMutation(trpc.programs.reorder.mutationOptions({ onSuccess: refresh }));
  const archive = useMutation(trpc.programs.archive.mutationOptions({ onSuccess: refresh }));
  const move = (step: -1 | 1) => {
    const ids = (list?.programs ?? []).map((row) => row.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + step, 0, moved);
    reorder.mutate(
      { programIds: ids },
      {
        onSuccess: () =>
          announce(`${program.title} is now program ${index + step + 1} of ${count}.`),
      },
    );
  };
  return (
    <details className="group rounded-md border border-border p-3">
      <summary className="cursor-pointer rounded-sm text-sm font-semibold text-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
        Settings for {program.title}
      </summary>
      <div className="mt-4 flex flex-col gap-6">
        <LiveRegion message={message} />
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm text-foreground">Place among the programs</span>
          <MoveButtons
            name={program.title}
            index={index}
            count={count}
            disabled={reorder.isPending}
            onMove={move}
          />
          <Button
            type="button"
            variant="secondary"
            size="sm"
            disabled={archive.isPending}
            onClick={() => archive.mutate({ programId: program.id, archived: !program.archived })}
          >
            {program.archived ? `Restore ${program.title}` : `Archive ${program.title}`}
          </Button>
        </div>
        {reorder.isError || archive.isError ? (
          <Alert variant="error" title="The program was not changed">
            {(reorder.error ?? archive.error)?.message}
          </Alert>
        ) : null}
        <ProgramDetailsForm program={program} />
        <ProgramRequirementsForm program={program} requirements={requirements} />
      </div>
    </details>
  );
}
