import { PageHeader } from "@throughline/ui/page-header";
import { Link } from "react-router";
import { PlannedSchoolPage } from "./planned-school-page.tsx";
import { SchoolCollaboration } from "./school-collaboration.tsx";

/** Collaboration time: find and protect common time for a school's teams. */
export function CollaborationPage() {
  return (
    <PlannedSchoolPage
      header={
        <PageHeader
          title="Collaboration time"
          description="Find weekly time when a team is free together, and protect it as a block."
          aside={
            <Link
              to="/collaboration/schedule"
              className="text-sm font-medium text-primary underline"
            >
              Bell schedule and timetables
            </Link>
          }
        />
      }
      noSchools="Collaboration time for the schools you lead appears here."
    >
      {(schoolId) => <SchoolCollaboration key={schoolId} schoolId={schoolId} />}
    </PlannedSchoolPage>
  );
}
