import { Badge } from "@throughline/ui/badge";
import { ProgramSettings } from "./program-settings.tsx";
import type { EditorProgram, ProgramRequirementRow } from "./program-types.ts";
import { requirementText } from "./program-types.ts";
import { StageList } from "./stage-list.tsx";
import type { EditorStage } from "./types.ts";

/** One program: its name, who must take it, its stages in order and (for authors) its settings. */
export function ProgramSection({
  program,
  index,
  count,
  stages,
  requirements,
  canEdit,
}: {
  program: EditorProgram;
  index: number;
  count: number;
  stages: readonly EditorStage[];
  requirements: readonly ProgramRequirementRow[];
  canEdit: boolean;
}) {
  const headingId = `program-${program.id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-border bg-background p-4 sm:p-6"
    >
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={headingId} className="text-lg font-semibold text-foreground">
            {program.title}
          </h2>
          {program.archived ? <Badge>Archived</Badge> : null}
        </div>
        {program.summary ? (
          <p className="text-sm text-muted-foreground">{program.summary}</p>
        ) : null}
        <p className="text-sm font-medium text-foreground">{requirementText(requirements)}</p>
      </div>
      <StageList
        programId={program.id}
        programTitle={program.title}
        stages={stages}
        canEdit={canEdit && !program.archived}
      />
      {canEdit ? (
        <ProgramSettings
          program={program}
          index={index}
          count={count}
          requirements={requirements}
        />
      ) : null}
    </section>
  );
}
