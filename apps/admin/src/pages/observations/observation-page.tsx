import { PublishedObservationPage } from "@throughline/app-kit/published-observation-page";

/**
 * A published observation, read-only: a walkthrough of the principal's school, or a coaching
 * observation its teacher shared with them. Unshared coaching shows only that it happened.
 */
export function ObservationPage() {
  return (
    <PublishedObservationPage
      back={() => ({ to: "/observations", label: "Back to observations" })}
      // A principal reads coaching content only because the teacher shared it.
      bylineNote={(data) =>
        data.kind === "coaching" && data.content !== null
          ? `shared with you by ${data.teacherName}`
          : undefined
      }
    />
  );
}
