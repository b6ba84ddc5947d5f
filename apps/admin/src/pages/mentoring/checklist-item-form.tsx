import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { EditableChecklistItem } from "@throughline/domain/induction-checklist";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { NumberField } from "@throughline/ui/number-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";

const FIELDS = ["title", "description", "dueWithinWeeks"] as const;

/**
 * Adds a checklist item, or edits one (`item`): its title, description and how many weeks into
 * the mentoring it is due. The server's message for a field shows beside it.
 */
export function ChecklistItemForm({
  item,
  onDone,
}: {
  item?: EditableChecklistItem;
  onDone?: () => void;
}) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(item?.title ?? "");
  const [description, setDescription] = useState(item?.description ?? "");
  const [weeks, setWeeks] = useState(item?.dueWithinWeeks?.toString() ?? "");
  const [added, setAdded] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.pathKey() });
  const add = useMutation(
    trpc.mentoring.addChecklistItem.mutationOptions({
      onSuccess: async () => {
        setAdded(`“${title.trim()}” is now the last item of the checklist.`);
        setTitle("");
        setDescription("");
        setWeeks("");
        await refresh();
      },
    }),
  );
  const edit = useMutation(
    trpc.mentoring.editChecklistItem.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone?.();
      },
    }),
  );
  const error = item ? edit.error : add.error;
  const pending = add.isPending || edit.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const fields = {
      title,
      description,
      // An empty box is "no due date"; anything else goes as typed, so the server names it.
      dueWithinWeeks: weeks.trim() === "" ? null : Number(weeks),
    };
    if (item) edit.mutate({ itemId: item.id, ...fields });
    else add.mutate(fields);
  };
  const general = formError(error, FIELDS);
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_15rem]">
        <FormField
          label="Item"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError(error, "title")}
        />
        <NumberField
          label="Due within weeks (optional)"
          hint="From the mentoring's start."
          min={1}
          max={52}
          value={weeks}
          onChange={(event) => setWeeks(event.target.value)}
          error={fieldError(error, "dueWithinWeeks")}
        />
      </div>
      <TextAreaField
        label="Description (optional)"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={fieldError(error, "description")}
        rows={2}
      />
      {general ? <Alert variant="error">{general}</Alert> : null}
      {added ? <Alert variant="success">{added}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {item
            ? edit.isPending
              ? "Saving…"
              : "Save item"
            : add.isPending
              ? "Adding…"
              : "Add item"}
        </Button>
        {item ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
