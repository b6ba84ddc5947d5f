import { EmptyState } from "@throughline/ui/empty-state";
import { School } from "lucide-react";
import type { ReactNode } from "react";
import { SchoolPicker } from "../../lib/school-picker.tsx";
import { YourSchoolsView } from "../../lib/your-schools-view.tsx";
import { usePlannedSchool } from "./use-planned-school.ts";

interface PlannedSchoolPageProps {
  header: ReactNode;
  /** What the empty state says when the viewer leads no school. */
  noSchools: string;
  /** The chosen school's cards; keyed by the caller so a new school starts fresh. */
  children: (schoolId: string) => ReactNode;
}

/** A collaboration page about one school at a time: the viewer's schools, a picker, that school. */
export function PlannedSchoolPage({ header, noSchools, children }: PlannedSchoolPageProps) {
  const { schools, schoolId, setSchoolId } = usePlannedSchool();

  return (
    <YourSchoolsView query={schools}>
      {(list) => (
        <>
          {header}
          {schoolId === null ? (
            <EmptyState title="No schools yet" icon={School}>
              <p>{noSchools}</p>
            </EmptyState>
          ) : (
            <div className="flex flex-col gap-6">
              <SchoolPicker
                schools={list}
                value={schoolId}
                onChange={setSchoolId}
                className="max-w-sm"
              />
              {children(schoolId)}
            </div>
          )}
        </>
      )}
    </YourSchoolsView>
  );
}
