import { QueryState } from "@throughline/app-kit/query-state";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { School } from "lucide-react";
import { Link } from "react-router";
import { SchoolCollaboration } from "./school-collaboration.tsx";
import { SchoolPicker } from "./school-picker.tsx";
import { usePlannedSchool } from "./use-planned-school.ts";

/** Collaboration time: find and protect common time for a school's teams. */
export function CollaborationPage() {
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
        title="Collaboration time"
        description="Find weekly time when a team is free together, and protect it as a block."
        aside={
          <Link to="/collaboration/schedule" className="text-sm font-medium text-primary underline">
            Bell schedule and timetables
          </Link>
        }
      />
      {schoolId === null ? (
        <EmptyState title="No schools yet" icon={School}>
          <p>Collaboration time for the schools you lead appears here.</p>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <SchoolPicker schools={schools.data} value={schoolId} onChange={setSchoolId} />
          <SchoolCollaboration key={schoolId} schoolId={schoolId} />
        </div>
      )}
    </>
  );
}
