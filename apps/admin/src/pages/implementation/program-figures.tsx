import { StageFunnelChart } from "@throughline/ui/dashboard-charts";
import { DashboardTable } from "@throughline/ui/dashboard-table";
import { TitledCard } from "@throughline/ui/titled-card";
import type { Dashboard } from "./types.ts";

/*
 * Where the district runs several programs, the dashboard reads per program: completion figures
 * in one row each, and a stage funnel each (stage numbers count inside a program, so one funnel
 * of every stage would put two "Stage 1" bars side by side).
 */

type Metrics = Dashboard["metrics"];

const programColumns = [
  { key: "program", header: "Program" },
  { key: "teachers", header: "Teachers enrolled", numeric: true },
  { key: "sessions", header: "Sessions completed", numeric: true },
  { key: "assigned", header: "Sessions assigned", numeric: true },
  { key: "completion", header: "Completion", numeric: true },
  { key: "stages", header: "Stages complete", numeric: true },
];

/** Each program's completion figures; nothing where the district runs one program. */
export function ProgramFiguresCard({ metrics, stem }: { metrics: Metrics; stem: string }) {
  const programs = metrics.programs ?? [];
  if (programs.length === 0) return null;
  return (
    <TitledCard
      title="By program"
      description="Each program's MicroPD completion and completed stages, counted apart: a teacher in two programs counts in each."
    >
      <DashboardTable
        caption="Completion figures per program"
        csvFileName={`${stem}-programs.csv`}
        columns={programColumns}
        rows={programs.map((row) => ({
          key: row.programId,
          cells: {
            program: row.programTitle,
            teachers: row.teacherCount,
            sessions: row.sessionsCompleted,
            assigned: row.sessionsAssigned,
            completion: row.completionPercent === null ? "—" : `${row.completionPercent}%`,
            stages: row.stagesComplete,
          },
        }))}
      />
    </TitledCard>
  );
}

/** The stage funnel: one chart, or one per program under its name where there are several. */
export function StageFunnels({ metrics, stem }: { metrics: Metrics; stem: string }) {
  const programs = metrics.programs ?? [];
  if (programs.length === 0) return <StageFunnelChart stages={metrics.funnel} fileStem={stem} />;
  return (
    <div className="flex flex-col gap-6">
      {programs.map((program) => (
        <section key={program.programId} aria-label={`Stage funnel: ${program.programTitle}`}>
          <h3 className="mb-2 text-base font-semibold">{program.programTitle}</h3>
          <StageFunnelChart
            stages={metrics.funnel.filter((stage) => stage.programId === program.programId)}
            fileStem={`${stem}-${program.programTitle.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
          />
        </section>
      ))}
    </div>
  );
}
