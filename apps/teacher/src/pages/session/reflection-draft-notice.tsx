import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { useState } from "react";

/**
 * Said once when the session opens with a reflection in progress (saved as the teacher wrote,
 * here or on another device): it is back in the field. A completed session's reflection can be
 * taken back instead.
 */
export function ReflectionDraftNotice({
  completedReflection,
  current,
  takeCompleted,
}: {
  completedReflection: string | null;
  current: string;
  takeCompleted: (text: string) => void;
}) {
  // Decided on opening: the notice does not appear half-way through writing.
  const [shown] = useState(() => current !== (completedReflection ?? ""));
  if (!shown) return null;
  return (
    <Alert variant="info" title="Your reflection in progress is back">
      <p>
        It was saved as you wrote. Finish it and{" "}
        {completedReflection ? "save it" : "mark the session complete"} when you are ready.
      </p>
      {completedReflection && current !== completedReflection ? (
        <Button
          variant="secondary"
          className="mt-2"
          onClick={() => takeCompleted(completedReflection)}
        >
          Go back to the saved reflection
        </Button>
      ) : null}
    </Alert>
  );
}
