import { meetingsCountLabels } from "@throughline/domain/dashboard";
import { DashboardTable } from "@throughline/ui/dashboard-table";
import { Link } from "react-router";
import { dashboardPath } from "./dashboard-paths.ts";
import { numberText, ofText, percentText } from "./figures.ts";
import type { DashboardRow } from "./types.ts";

const nameHeader: Record<DashboardRow["level"], string> = {
  school: "School",
  team: "Team",
  teacher: "Teacher",
};

/** The next level down, one row each, with a link to drill into it. */
export function NextLevelTable({
  rows,
  caption,
  csvFileName,
}: {
  rows: readonly DashboardRow[];
  caption: string;
  csvFileName: string;
}) {
  const level = rows[0]?.level ?? "school";
  const columns = [
    { key: "name", header: nameHeader[level] },
    ...(level === "teacher" ? [] : [{ key: "teachers", header: "Teachers", numeric: true }]),
    { key: "completion", header: "MicroPD completion", numeric: true },
    { key: "sessions", header: "Sessions completed", numeric: true },
    { key: "pace", header: "Pace (per week)", numeric: true },
    { key: "wait", header: "Median wait (days)", numeric: true },
    {
      key: "meetings",
      header: meetingsCountLabels[level === "teacher" ? "attended" : "held"].column,
      numeric: true,
    },
    { key: "steps", header: "Steps done with evidence", numeric: true },
    {
      key: "hours",
      header: level === "teacher" ? "PD hours" : "Median PD hours",
      numeric: true,
    },
    { key: "badges", header: "Badges earned", numeric: true },
  ];
  return (
    <DashboardTable
      caption={caption}
      csvFileName={csvFileName}
      columns={columns}
      rows={rows.map((row) => ({
        key: row.id,
        lead: (
          <Link
            to={dashboardPath(row.level, row.id)}
            className="inline-block min-w-40 font-medium text-primary underline underline-offset-4 hover:text-primary-hover"
          >
            {row.name}
          </Link>
        ),
        cells: {
          name: row.name,
          teachers: row.teacherCount,
          completion: percentText(row.completionPercent),
          sessions: ofText(row.sessionsCompleted, row.sessionsAssigned),
          pace: row.pace,
          wait: numberText(row.medianWaitDays),
          meetings: ofText(row.meetingsHeld, row.meetingsScheduled),
          steps: ofText(row.stepsDoneWithEvidence, row.stepsTotal),
          hours: numberText(row.medianPdHours),
          badges: row.badgesEarned,
        },
      }))}
    />
  );
}
