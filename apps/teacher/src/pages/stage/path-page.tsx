import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { EmptyState } from "@throughline/ui/empty-state";
import { GraduationCap } from "lucide-react";
import { Link, Navigate } from "react-router";
import type { TeacherHome } from "../../lib/types.ts";

/**
 * "My path" opens the stage the teacher is working on: the first enrolment not yet complete, or
 * the last one they finished. With no enrolment it lists the stages to preview.
 */
export function PathPage() {
  return (
    <QueryPage options={trpc.teacher.home.queryOptions()} about="your path">
      {(home) => <PathRedirect home={home} />}
    </QueryPage>
  );
}

/** The current stage, or with none the stages to preview. */
function PathRedirect({ home }: { home: TeacherHome }) {
  const { enrolments, stages } = home;
  const current =
    enrolments.find((enrolment) => enrolment.status !== "complete") ?? enrolments.at(-1);
  if (current) return <Navigate to={`/stages/${current.stage.id}`} replace />;

  return (
    <EmptyState title="No stage yet" headingLevel={1} icon={GraduationCap}>
      <p>
        You are not enrolled in a stage this year. When your school enrols you, your path starts
        here. Meanwhile you can look at what each stage holds:
      </p>
      <ul className="mt-3 flex flex-col gap-1">
        {stages.map((stage) => (
          <li key={stage.id}>
            <Link to={`/stages/${stage.id}`} className="font-medium text-primary underline">
              Stage {stage.position}: {stage.title}
            </Link>
          </li>
        ))}
      </ul>
    </EmptyState>
  );
}
