import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "./button.tsx";
import { ConfirmDialog } from "./confirm-dialog.tsx";

export interface DiscardAction {
  /** Deletes the draft; the app decides where to go afterwards. */
  run: () => void;
  pending: boolean;
  error: { message: string } | null;
}

/** "Discard draft", asked once more: an observation started by mistake should not linger. */
export function DiscardDraftButton({
  teacherName,
  discard,
}: {
  teacherName: string;
  discard: DiscardAction;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div>
        <Button variant="ghost" onClick={() => setOpen(true)}>
          <Trash2 aria-hidden="true" />
          Discard draft
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        title="Discard this draft?"
        confirmLabel="Discard draft"
        pendingLabel="Discarding…"
        confirmVariant="danger"
        cancelLabel="Keep the draft"
        pending={discard.pending}
        error={discard.error?.message ?? null}
        onConfirm={discard.run}
        onClose={() => setOpen(false)}
      >
        The observation of {teacherName} is deleted with its levels, notes and photos. {teacherName}{" "}
        never saw it. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
