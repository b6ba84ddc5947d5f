import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { RemoveButton } from "@throughline/ui/remove-button";
import type { WeekBlock } from "./types.ts";

/** The school's protected blocks, each removable. */
export function BlocksList({ blocks }: { blocks: readonly WeekBlock[] }) {
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.collaboration.deleteBlock.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.collaboration.week.queryFilter()),
    }),
  );
  if (blocks.length === 0) {
    return <p className="text-sm text-muted-foreground">No blocks are scheduled yet.</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      <ul aria-label="Collaboration blocks" className="flex flex-col divide-y divide-border">
        {blocks.map((block) => (
          <li key={block.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="flex flex-col gap-1">
              <span className="font-medium text-foreground">
                {block.teamName} · {block.label}
              </span>
              {block.note ? (
                <span className="text-sm text-muted-foreground">{block.note}</span>
              ) : null}
            </div>
            <div className="flex items-center gap-3">
              {block.overrodeWarnings ? (
                <Badge variant="warning">Scheduled over a class</Badge>
              ) : null}
              <RemoveButton
                disabled={remove.isPending}
                onClick={() => remove.mutate({ blockId: block.id })}
                what={`the ${block.teamName} block on ${block.label}`}
                labelShown
              />
            </div>
          </li>
        ))}
      </ul>
      {remove.isError ? (
        <Alert variant="error" title="The block was not removed">
          {remove.error.message}
        </Alert>
      ) : null}
    </div>
  );
}
