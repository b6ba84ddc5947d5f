import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatLocalDay } from "@throughline/domain/local-time";
import type { ChecklistItemView } from "@throughline/domain/mentoring";
import { Alert } from "@throughline/ui/alert";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { useState } from "react";
import { trpc } from "../client.ts";

/**
 * The induction checklist with a box per item: the mentor and the mentee both tick. Who ticked
 * an item, and when, stays under it; an item not done shows when it is due. An item the district
 * has retired since it was ticked stays, ticked and no longer changeable.
 */
export function InductionChecklist({
  menteeId,
  items,
}: {
  menteeId: string;
  items: ChecklistItemView[];
}) {
  const queryClient = useQueryClient();
  const tick = useMutation(
    trpc.mentoring.tick.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.pathKey() }),
    }),
  );
  // What the viewer just ticked, shown at once until the server's list catches up.
  const [clicked, setClicked] = useState<Record<string, boolean>>({});
  const inUse = items.filter((item) => !item.retired);
  const done = inUse.filter((item) => item.done).length;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">
        {done} of {inUse.length} done
      </p>
      <ul className="flex flex-col gap-4">
        {items.map((item) => (
          <li key={item.id}>
            <CheckboxField
              label={item.title}
              hint={hintOf(item)}
              checked={clicked[item.id] ?? item.done !== null}
              disabled={tick.isPending || item.retired}
              onChange={(checked) => {
                setClicked((before) => ({ ...before, [item.id]: checked }));
                tick.mutate(
                  { menteeId, itemId: item.id, done: checked },
                  {
                    onSettled: () => setClicked(({ [item.id]: _, ...others }) => others),
                  },
                );
              }}
            />
          </li>
        ))}
      </ul>
      {tick.error ? <Alert variant="error">{tick.error.message}</Alert> : null}
    </div>
  );
}

function hintOf(item: ChecklistItemView): string {
  const when = item.done
    ? `Done ${formatLocalDay(item.done.on)} · ticked by ${item.done.by.displayName}`
    : item.dueOn
      ? `Due ${formatLocalDay(item.dueOn)}`
      : null;
  const retired = item.retired ? "No longer on the district's checklist" : null;
  return [item.description, when, retired].filter(Boolean).join(" — ");
}
