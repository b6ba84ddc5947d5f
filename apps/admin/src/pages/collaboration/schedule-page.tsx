import { PageHeader } from "@throughline/ui/page-header";
import { Link } from "react-router";
import { BellScheduleCard } from "./bell-schedule-card.tsx";
import { PlannedSchoolPage } from "./planned-school-page.tsx";
import { TimetableCard } from "./timetable-card.tsx";

/** Where the finder's facts come from: the bell schedule and each teacher's classes. */
export function CollaborationSchedulePage() {
  return (
    <PlannedSchoolPage
      header={
        <PageHeader
          title="Bell schedule and timetables"
          description="The school day and when each teacher teaches: what the common-time finder works from."
          aside={
            <Link to="/collaboration" className="text-sm font-medium text-primary underline">
              Back to collaboration time
            </Link>
          }
        />
      }
      noSchools="The schools you lead appear here."
    >
      {(schoolId) => (
        <>
          <BellScheduleCard key={`bells-${schoolId}`} schoolId={schoolId} />
          <TimetableCard key={`timetable-${schoolId}`} schoolId={schoolId} />
        </>
      )}
    </PlannedSchoolPage>
  );
}
