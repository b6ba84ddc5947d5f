import { Alert } from "@throughline/ui/alert";
import type { LatestAttempt } from "./types.ts";

/** What still stands between the draft and submitting it, each linked to its requirement. */
export function MissingList({ missing }: { missing: LatestAttempt["missing"] }) {
  if (missing.length === 0) {
    return (
      <Alert variant="success" title="Every requirement is met">
        You can submit this attempt for review.
      </Alert>
    );
  }
  return (
    <Alert variant="warning" title="Before you can submit">
      <ul id="missing-requirements" className="mt-1 list-disc space-y-1 pl-5">
        {missing.map((entry) => (
          <li key={entry.requirementKey}>
            <a
              href={`#requirement-${entry.requirementKey}`}
              // At least 24px tall, so two requirements in a row are easy to tap apart.
              className="block py-0.5 text-primary underline hover:text-primary-hover"
            >
              {entry.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
