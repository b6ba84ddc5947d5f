import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Badge } from "@throughline/ui/badge";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { Link } from "react-router";
import type { TeacherProgram } from "../../lib/types.ts";

/** The program a stage belongs to, among the teacher's programs. */
export function programOfStage(
  programs: readonly TeacherProgram[],
  stageId: string,
): TeacherProgram | undefined {
  return programs.find((program) => program.stages.some((stage) => stage.id === stageId));
}

/** The stage a program's link opens: where the teacher is in it, else its first stage. */
function stageToOpen(program: TeacherProgram) {
  const id = program.current?.stageId ?? program.stages[0]?.id;
  return program.stages.find((stage) => stage.id === id);
}

/**
 * For a teacher in several programs, the path's other lines beside the stage shown: each program
 * with the stage they are at, its status and whether it is required, one link each. Nothing for
 * a teacher in one program (the page is their whole path).
 */
export function ProgramStrip({ stageId }: { stageId: string }) {
  const home = useQuery(trpc.teacher.home.queryOptions());
  const programs = home.data?.programs ?? [];
  if (programs.length < 2) return null;
  const shown = programOfStage(programs, stageId);
  return (
    <nav aria-label="Your programs" className="rounded-lg border border-border bg-muted/40 p-3">
      <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-6">
        {programs.map((program) => {
          const stage = stageToOpen(program);
          if (!stage) return null;
          const here = program.id === shown?.id;
          return (
            <li key={program.id} className="flex flex-wrap items-center gap-2 text-sm">
              <Link
                to={`/stages/${stage.id}`}
                aria-current={here ? "page" : undefined}
                className={
                  here
                    ? "font-semibold text-foreground underline underline-offset-4"
                    : "font-medium text-primary underline underline-offset-4"
                }
              >
                {program.title}: Stage {stage.position}
              </Link>
              {program.current ? <StageStatusBadge status={program.current.status} /> : null}
              {program.required ? (
                <Badge variant="primary">Required</Badge>
              ) : (
                <Badge>Optional</Badge>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
