import { Badge } from "@throughline/ui/badge";
import { flagWords } from "@throughline/ui/caseload-flag";
import { formatDate } from "@throughline/ui/format";
import { stageStatusLabel } from "@throughline/ui/stage-status-badge";
import { Link } from "react-router";
import type { CaseloadRow } from "./types.ts";

const muted = <span className="text-muted-foreground">—</span>;

export function TeamLinks({ row }: { row: CaseloadRow }) {
  return (
    <span className="flex min-w-36 flex-col gap-0.5">
      {row.teams.map((team) => (
        <Link
          key={team.id}
          to={`/teams/${team.id}`}
          className="text-primary underline hover:text-primary-hover"
        >
          {team.name}
        </Link>
      ))}
    </span>
  );
}

/** Where the district runs several programs, her stage in each, the program named first. */
function ProgramStages({ row }: { row: CaseloadRow }) {
  return (
    <ul aria-label="Stage in each program" className="flex flex-col gap-1.5 sm:min-w-44">
      {row.programs.map((program) => (
        <li key={program.programId} className="flex flex-col">
          <span className="font-medium">
            {program.programTitle} · Stage {program.stage.position}
          </span>
          <span className="line-clamp-2 text-muted-foreground">{program.stage.title}</span>
          <span className="text-xs text-muted-foreground">
            {stageStatusLabel(program.status)} · {program.sessionsCompleted} of{" "}
            {program.sessionsTotal} sessions
          </span>
        </li>
      ))}
    </ul>
  );
}

function StageCell({ row }: { row: CaseloadRow }) {
  if (row.programs.length > 0) return <ProgramStages row={row} />;
  if (!row.stage) return <span className="text-muted-foreground">Not enrolled</span>;
  return (
    <span className="flex flex-col">
      <span className="font-medium">Stage {row.stage.position}</span>
      <span className="line-clamp-2 text-muted-foreground">{row.stage.title}</span>
    </span>
  );
}

/** A bar with the count in words beside it; the bar is decoration, the words carry it. */
function MicroPdCell({ row }: { row: CaseloadRow }) {
  if (!row.stage) return muted;
  const { sessionsCompleted: done, sessionsTotal: total } = row;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <span className="flex flex-col gap-1.5">
      <span className="tabular-nums">
        {done} of {total}
      </span>
      <span aria-hidden="true" className="h-1.5 w-24 overflow-hidden rounded-full bg-muted">
        <span
          className={
            done >= total && total > 0 ? "block h-full bg-success" : "block h-full bg-primary"
          }
          style={{ width: `${percent}%` }}
        />
      </span>
    </span>
  );
}

function StepsCell({ row }: { row: CaseloadRow }) {
  if (row.stepsTotal === 0) return <span className="text-muted-foreground">No steps</span>;
  return (
    <span className="tabular-nums">
      {row.stepsDone} of {row.stepsTotal} done
    </span>
  );
}

function LastMeetingCell({ row }: { row: CaseloadRow }) {
  if (!row.lastMeetingAt) return <span className="text-muted-foreground">None yet</span>;
  return <span className="whitespace-nowrap">{formatDate(row.lastMeetingAt)}</span>;
}

/** The flags with their reasons: stacked in a table cell, side by side on a card. */
export function FlagsCell({ row, inline = false }: { row: CaseloadRow; inline?: boolean }) {
  if (row.flags.length === 0) {
    return <span className="text-muted-foreground">{inline ? "No flags" : "None"}</span>;
  }
  return (
    <ul
      aria-label={inline ? "Flags" : undefined}
      className={inline ? "contents" : "flex min-w-44 flex-col items-start gap-1"}
    >
      {row.flags.map((flag) => (
        <li key={flag.kind}>
          <Badge variant={flagWords[flag.kind].variant} className="rounded-md whitespace-normal">
            {flag.reason}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/**
 * Each fact the caseload shows of a teacher, named once: the table's column headings and the
 * phone cards' terms read the same words and draw the same cell.
 */
export const caseloadFacts = {
  team: { label: "Team", Cell: TeamLinks },
  stage: { label: "Stage", Cell: StageCell },
  micropd: { label: "MicroPD", Cell: MicroPdCell },
  steps: { label: "Steps", Cell: StepsCell },
  lastMeeting: { label: "Last meeting", Cell: LastMeetingCell },
  flags: { label: "Flags", Cell: FlagsCell },
} as const;

export type CaseloadFact = keyof typeof caseloadFacts;
