import { QueryState } from "@throughline/app-kit/query-state";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { School } from "lucide-react";
import { Link } from "react-router";
import { BellScheduleCard } from "./bell-schedule-card.tsx";
import { SchoolPicker } from "./school-picker.tsx";
import { TimetableCard } from "./timetable-card.tsx";
import { usePlannedSchool } from "./use-planned-school.ts";

/** Where the finder's facts come from: the bell schedule and each teacher's classes. */
export function CollaborationSchedulePage() {
  const { schools, schoolId, setSchoolId } = usePlannedSchool();

  if (!schools.isSuccess) {
    return (
      <QueryState
        query={schools}
        loading="Loading your schools…"
        errorTitle="Your schools could not be loaded"
        headingLevel={1}
      />
    );
  }

  return (
    <>
      <PageHeader
        title="Bell schedule and timetables"
        description="The school day and when each teacher teaches: what the common-time finder works from."
        aside={
          <Link to="/collaboration" className="text-sm font-medium text-primary underline">
            Back to collaboration time
          </Link>
        }
      />
      {schoolId === null ? (
        <EmptyState title="No schools yet" icon={School}>
          <p>The schools you lead appear here.</p>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <SchoolPicker schools={schools.data} value={schoolId} onChange={setSchoolId} />
          <BellScheduleCard key={`bells-${schoolId}`} schoolId={schoolId} />
          <TimetableCard key={`timetable-${schoolId}`} schoolId={schoolId} />
        </div>
      )}
    </>
  );
}
