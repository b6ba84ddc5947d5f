import { Send } from "lucide-react";
import { useState } from "react";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import { type ApiErrorLike, fieldError } from "./field-error.ts";

export interface PublishAction {
  /** Publishes the draft; the app decides where to go afterwards. */
  run: () => void;
  pending: boolean;
  error: ApiErrorLike | null;
}

/** "Publish to <teacher>", asked once more before the teacher can see it. */
export function PublishBar({
  teacherName,
  flush,
  publish,
}: {
  teacherName: string;
  /** Sends pending edits first; false when they could not be sent. */
  flush: () => Promise<boolean>;
  publish: PublishAction;
}) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setProblem(null);
    if (!(await flush())) {
      setProblem(
        "Your latest changes are not on the server yet. Publish once you are back online.",
      );
      return;
    }
    publish.run();
  };
  const serverError = publish.error;
  const error = problem ?? fieldError(serverError, "ratings", { orGeneral: true });
  return (
    <div className="flex flex-col gap-3 border-t border-border pt-4">
      {error ? <Alert variant="error">{error}</Alert> : null}
      {confirming ? (
        <div className="flex flex-col gap-3 rounded-md border border-primary/30 bg-primary-soft p-4">
          <p className="font-medium">
            Publish to {teacherName}? They will see the levels, look-fors and notes, and can reflect
            on them. You cannot edit it afterwards.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="lg" onClick={() => void confirm()} disabled={publish.pending}>
              {publish.pending ? "Publishing…" : "Yes, publish"}
            </Button>
            <Button size="lg" variant="secondary" onClick={() => setConfirming(false)}>
              Not yet
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button size="lg" onClick={() => setConfirming(true)}>
            <Send aria-hidden="true" />
            Publish to {teacherName}
          </Button>
        </div>
      )}
    </div>
  );
}
