import { EmptyState } from "@throughline/ui/empty-state";
import { TitledCard } from "@throughline/ui/titled-card";
import { School as SchoolIcon } from "lucide-react";
import type { AdminHome } from "../../lib/types.ts";
import { SchoolsTable } from "../schools-table.tsx";

/** Teachers per stage in each school in scope (the overview's table). */
export function TeachersByStage({ home }: { home: AdminHome }) {
  const { scope, schools, stages } = home;
  const teachers = schools.reduce((total, school) => total + school.teacherCount, 0);
  if (schools.length === 0) {
    return (
      <EmptyState title="No schools yet" icon={SchoolIcon}>
        <p>
          {scope === "district"
            ? "Add your schools by hand or with a roster import; they appear here with their teachers."
            : "Schools you lead appear here once your district sets them up."}
        </p>
      </EmptyState>
    );
  }
  return (
    <TitledCard
      title="Teachers by stage"
      description={
        <>
          {schools.length === 1 ? "1 school" : `${schools.length} schools`} ·{" "}
          {teachers === 1 ? "1 teacher" : `${teachers} teachers`}
        </>
      }
      contentClassName="px-0"
    >
      <SchoolsTable schools={schools} stages={stages} />
    </TitledCard>
  );
}
