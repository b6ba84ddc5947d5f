import { Alert } from "./alert.tsx";
import { formatDay } from "./format.ts";
import { ObservationContentView } from "./observation-content-view.tsx";
import type { ObservationDetail } from "./observation-types.ts";
import { PageHeader } from "./page-header.tsx";

/**
 * A published observation as a coach or a principal reads it: the header (kind, teacher, day,
 * observer) and then its reflection, levels, notes and photos, or only the note that coaching
 * stays with the teacher and their coaches when the viewer may not read it.
 */
export function PublishedObservation({
  observation,
  bylineNote,
}: {
  observation: ObservationDetail;
  /** Said after the day and the observer, e.g. who shared it with the viewer. */
  bylineNote?: string;
}) {
  const kind = observation.kind === "coaching" ? "Coaching observation" : "Walkthrough";
  return (
    <>
      <PageHeader
        title={`${kind} of ${observation.teacherName}`}
        description={`${formatDay(observation.observedOn)} · by ${observation.observerName}${
          bylineNote ? ` · ${bylineNote}` : ""
        }`}
      />
      {observation.content === null ? (
        <Alert>
          Coaching content stays between the teacher and their coaches unless the teacher shares it.
        </Alert>
      ) : (
        <ObservationContentView
          teacherName={observation.teacherName}
          content={observation.content}
          scale={observation.scale}
        />
      )}
    </>
  );
}
