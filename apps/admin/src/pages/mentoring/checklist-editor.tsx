import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import type { EditableChecklistItem } from "@throughline/domain/induction-checklist";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useState } from "react";
import { ChecklistItemForm } from "./checklist-item-form.tsx";

/**
 * The district's induction checklist as its admin edits it: items in use in order (edit, move,
 * retire), the retired ones (restore), and a form to add one. Retiring keeps every tick mentees
 * already gave the item.
 */
export function ChecklistEditor() {
  const checklist = useQuery(trpc.mentoring.checklist.queryOptions());
  return (
    <QueryView query={checklist} about="the induction checklist">
      {(items) => <Items items={items} />}
    </QueryView>
  );
}

function Items({ items }: { items: EditableChecklistItem[] }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.pathKey() });
  const move = useMutation(
    trpc.mentoring.moveChecklistItem.mutationOptions({ onSuccess: refresh }),
  );
  const retire = useMutation(
    trpc.mentoring.retireChecklistItem.mutationOptions({ onSuccess: refresh }),
  );
  const inUse = items.filter((item) => !item.retired);
  const retired = items.filter((item) => item.retired);
  const busy = move.isPending || retire.isPending;
  const problem = move.error ?? retire.error;
  return (
    <div className="flex flex-col gap-6">
      <ol className="flex flex-col divide-y divide-border" aria-label="Checklist items in use">
        {inUse.map((item, index) => (
          <li key={item.id} className="py-3 first:pt-0">
            {editing === item.id ? (
              <ChecklistItemForm item={item} onDone={() => setEditing(null)} />
            ) : (
              <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
                <ItemText item={item} number={index + 1} />
                <div className="flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={busy || index === 0}
                    onClick={() => move.mutate({ itemId: item.id, direction: "up" })}
                  >
                    <ArrowUp aria-hidden className="size-4" />
                    Up<span className="sr-only"> “{item.title}”</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={busy || index === inUse.length - 1}
                    onClick={() => move.mutate({ itemId: item.id, direction: "down" })}
                  >
                    <ArrowDown aria-hidden className="size-4" />
                    Down<span className="sr-only"> “{item.title}”</span>
                  </Button>
                  <Button size="sm" variant="secondary" onClick={() => setEditing(item.id)}>
                    Edit<span className="sr-only"> “{item.title}”</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={busy}
                    onClick={() => retire.mutate({ itemId: item.id, retired: true })}
                  >
                    Retire<span className="sr-only"> “{item.title}”</span>
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
      {problem ? <Alert variant="error">{problem.message}</Alert> : null}
      {retired.length > 0 ? (
        <section aria-labelledby="retired-items-heading" className="flex flex-col gap-3">
          <h3 id="retired-items-heading" className="text-base font-semibold">
            Retired items
          </h3>
          <p className="text-sm text-muted-foreground">
            New teachers no longer see these; those who ticked one keep it on their record.
          </p>
          <ul className="flex flex-col divide-y divide-border">
            {retired.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start gap-x-4 gap-y-2 py-3">
                <ItemText item={item} number={null} />
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={busy}
                  onClick={() => retire.mutate({ itemId: item.id, retired: false })}
                >
                  Restore<span className="sr-only"> “{item.title}”</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="add-item-heading" className="flex flex-col gap-3">
        <h3 id="add-item-heading" className="text-base font-semibold">
          Add an item
        </h3>
        <ChecklistItemForm />
      </section>
    </div>
  );
}

function ItemText({ item, number }: { item: EditableChecklistItem; number: number | null }) {
  return (
    <div className="flex min-w-48 flex-1 flex-col gap-1">
      <span className="font-semibold">
        {number !== null ? `${number}. ` : null}
        {item.title}
      </span>
      {item.description ? (
        <span className="text-sm text-muted-foreground">{item.description}</span>
      ) : null}
      <span className="flex flex-wrap gap-2 text-sm text-muted-foreground">
        {item.dueWithinWeeks !== null ? (
          <Badge variant="neutral">Due in week {item.dueWithinWeeks}</Badge>
        ) : null}
        <span>
          Ticked by {item.completions} {item.completions === 1 ? "teacher" : "teachers"}
        </span>
      </span>
    </div>
  );
}
