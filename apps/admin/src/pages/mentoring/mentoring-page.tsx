import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { School } from "lucide-react";
import { useSearchParams } from "react-router";
import { SchoolPicker } from "../../lib/school-picker.tsx";
import { YourSchoolsView } from "../../lib/your-schools-view.tsx";
import { AssignMentorForm } from "./assign-mentor-form.tsx";
import { ChecklistEditor } from "./checklist-editor.tsx";
import { MentoredTeachersTable } from "./mentored-teachers-table.tsx";

/**
 * Mentoring of new teachers, school by school: who mentors whom and how far each is through the
 * induction checklist, a form to assign a mentor, and ending an assignment. Principals and the
 * district see the progress only: conversation notes are never shown here. A district admin also
 * edits the district's induction checklist.
 */
export function MentoringPage() {
  const home = useQuery(trpc.admin.home.queryOptions());
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  const [params, setParams] = useSearchParams();
  const schoolId = params.get("school") ?? home.data?.schools[0]?.id ?? "";
  const page = useQuery({
    ...trpc.mentoring.school.queryOptions({ schoolId }),
    enabled: schoolId !== "",
  });
  return (
    <YourSchoolsView query={home}>
      {({ schools }) => (
        <>
          <PageHeader
            title="Mentoring"
            description="A mentor for each new teacher, and their induction checklist. Mentoring conversations stay between mentor and mentee."
          />
          {schools.length === 0 ? (
            <EmptyState title="No schools yet" icon={School}>
              <p>Mentoring of the schools you lead appears here once your district sets them up.</p>
            </EmptyState>
          ) : (
            <div className="flex flex-col gap-6">
              <SchoolPicker
                schools={schools}
                value={schoolId}
                onChange={(next) => setParams({ school: next }, { replace: true })}
                className="max-w-sm"
              />
              <QueryView query={page} about="this school's mentoring">
                {(data) => (
                  <>
                    <TitledCard
                      title="New teachers and their mentors"
                      description="Checklist progress counts the items the mentor or the new teacher ticked."
                    >
                      <MentoredTeachersTable rows={data.rows} today={data.today} />
                    </TitledCard>
                    <TitledCard title="Assign a mentor">
                      <AssignMentorForm
                        key={schoolId}
                        teachers={data.teachers}
                        mentors={data.mentors}
                        today={data.today}
                      />
                    </TitledCard>
                  </>
                )}
              </QueryView>
            </div>
          )}
          {viewer.data?.administers.district ? (
            <TitledCard
              title="District induction checklist"
              description="Every new teacher works through these items with their mentor. Retiring an item keeps the ticks teachers already gave it."
              className="mt-6"
            >
              <ChecklistEditor />
            </TitledCard>
          ) : null}
        </>
      )}
    </YourSchoolsView>
  );
}
