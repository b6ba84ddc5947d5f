import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatMoment } from "@throughline/ui/format";
import { CalendarX } from "lucide-react";
import { Link } from "react-router";
import { MeetingStatusBadge } from "../../lib/meeting-status-badge.tsx";
import type { TeamMeeting } from "./types.ts";

const narrow = { headClassName: "px-3", className: "px-3" };
const narrowFigure = { headClassName: "px-3", className: "px-3 tabular-nums" };

/** Present, excused and absent as one small stacked bar; the numbers sit beside it. */
function AttendanceBar({ meeting }: { meeting: TeamMeeting }) {
  const total = meeting.present + meeting.excused + meeting.absent;
  if (total === 0) return null;
  const width = (count: number) => `${(count / total) * 100}%`;
  return (
    <span aria-hidden="true" className="flex h-2 w-28 overflow-hidden rounded-full bg-muted">
      <span className="h-full bg-success" style={{ width: width(meeting.present) }} />
      <span className="h-full bg-warning" style={{ width: width(meeting.excused) }} />
      <span className="h-full bg-danger" style={{ width: width(meeting.absent) }} />
    </span>
  );
}

export function MeetingHistory({ meetings }: { meetings: readonly TeamMeeting[] }) {
  if (meetings.length === 0) {
    return (
      <EmptyState title="No meetings yet" icon={CalendarX}>
        <p>Meetings this team has had appear here with who came.</p>
      </EmptyState>
    );
  }
  return (
    <DataTable
      scrollLabel="Meeting history"
      className="min-w-[40rem]"
      caption="Past meetings, newest first, with attendance of current members"
      captionClassName="mt-0 mb-3 caption-top px-6"
      rows={meetings}
      columns={[
        {
          header: "Date",
          headClassName: "pr-3 pl-6",
          className: "pr-3 pl-6 whitespace-nowrap",
          cell: (meeting) => formatMoment(meeting.startsAt),
        },
        {
          header: "Meeting",
          rowHeader: true,
          headClassName: "px-3",
          className: "px-3 py-3 font-medium whitespace-normal",
          cell: (meeting) => (
            <Link to={`/meetings/${meeting.id}`} className="text-primary underline">
              {meeting.title}
            </Link>
          ),
        },
        {
          header: "Status",
          ...narrow,
          cell: (meeting) => <MeetingStatusBadge status={meeting.status} />,
        },
        { header: "Present", ...narrowFigure, cell: (meeting) => meeting.present },
        { header: "Excused", ...narrowFigure, cell: (meeting) => meeting.excused },
        { header: "Absent", ...narrowFigure, cell: (meeting) => meeting.absent },
        {
          key: "chart",
          header: <span className="sr-only">Attendance chart</span>,
          ...narrow,
          cell: (meeting) => <AttendanceBar meeting={meeting} />,
        },
      ]}
    />
  );
}
