import { PublishedObservationPage } from "@throughline/app-kit/published-observation-page";

/** A published observation as its observer (or the teacher's coach) reads it, with the reflection. */
export function ObservationDetailPage() {
  return (
    <PublishedObservationPage
      back={(data) => ({ to: `/teachers/${data.teacherId}`, label: `Back to ${data.teacherName}` })}
    />
  );
}
