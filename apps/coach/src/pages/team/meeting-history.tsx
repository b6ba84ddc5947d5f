import { EmptyState } from "@throughline/ui/empty-state";
import { formatMoment } from "@throughline/ui/format";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { CalendarX } from "lucide-react";
import { Link } from "react-router";
import { MeetingStatusBadge } from "../../lib/meeting-status-badge.tsx";
import type { TeamMeeting } from "./types.ts";

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
    <Table scrollLabel="Meeting history" className="min-w-[40rem]">
      <TableCaption className="mt-0 mb-3 caption-top px-6">
        Past meetings, newest first, with attendance of current members
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="pr-3 pl-6">Date</TableHead>
          <TableHead className="px-3">Meeting</TableHead>
          <TableHead className="px-3">Status</TableHead>
          <TableHead className="px-3">Present</TableHead>
          <TableHead className="px-3">Excused</TableHead>
          <TableHead className="px-3">Absent</TableHead>
          <TableHead className="px-3">
            <span className="sr-only">Attendance chart</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {meetings.map((meeting) => (
          <TableRow key={meeting.id}>
            <TableCell className="pr-3 pl-6 whitespace-nowrap">
              {formatMoment(meeting.startsAt)}
            </TableCell>
            <TableHead
              scope="row"
              className="h-auto px-3 py-3 text-sm font-medium tracking-normal whitespace-normal text-foreground normal-case"
            >
              <Link to={`/meetings/${meeting.id}`} className="text-primary underline">
                {meeting.title}
              </Link>
            </TableHead>
            <TableCell className="px-3">
              <MeetingStatusBadge status={meeting.status} />
            </TableCell>
            <TableCell className="px-3 tabular-nums">{meeting.present}</TableCell>
            <TableCell className="px-3 tabular-nums">{meeting.excused}</TableCell>
            <TableCell className="px-3 tabular-nums">{meeting.absent}</TableCell>
            <TableCell className="px-3">
              <AttendanceBar meeting={meeting} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
