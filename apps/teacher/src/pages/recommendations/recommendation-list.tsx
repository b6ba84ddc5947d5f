import { Alert } from "@throughline/ui/alert";
import { useState } from "react";
import { DismissDialog } from "./dismiss-dialog.tsx";
import { RecommendationItem } from "./recommendation-item.tsx";
import type { Recommendation } from "./types.ts";

/** Recommended sessions with "Not for me", and a line that says what was removed. */
export function RecommendationList({
  items,
  headingLevel,
}: {
  items: readonly Recommendation[];
  /** Each session's title: one level below the list's own heading. */
  headingLevel: 2 | 3;
}) {
  const [dismissing, setDismissing] = useState<Recommendation | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <div aria-live="polite">
        {removed ? <Alert variant="success">“{removed}” was removed from your list.</Alert> : null}
      </div>
      <ul className="flex flex-col gap-4">
        {items.map((item) => (
          <RecommendationItem
            key={item.sessionId}
            item={item}
            headingLevel={headingLevel}
            onDismiss={setDismissing}
          />
        ))}
      </ul>
      <DismissDialog
        recommendation={dismissing}
        onClose={() => setDismissing(null)}
        onDismissed={(title) => {
          setRemoved(title);
          setDismissing(null);
        }}
      />
    </div>
  );
}
