import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import type { TeamCaseload } from "./types.ts";

/** The team's attendance rate as a figure, with a bar; the words say what it is made of. */
export function AttendanceRate({ team }: { team: TeamCaseload }) {
  const { attendanceRate, meetingsHeld, members } = team;
  const percent = attendanceRate === null ? null : Math.round(attendanceRate * 100);
  return (
    <Card>
      <CardHeader>
        <CardTitle level={2}>Attendance rate</CardTitle>
        <CardDescription>
          Present at meetings held, out of every member at every meeting.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {percent === null ? (
          <p className="text-muted-foreground">No meetings held yet.</p>
        ) : (
          <>
            <p className="text-4xl font-semibold tabular-nums text-foreground">{percent}%</p>
            {/* The figure above says it in words; the bar is a picture of the same number. */}
            <div aria-hidden="true" className="h-3 w-full overflow-hidden rounded-full bg-muted">
              <div className="h-full bg-primary" style={{ width: `${percent}%` }} />
            </div>
            <p className="text-sm text-muted-foreground">
              {members.length} {members.length === 1 ? "member" : "members"} × {meetingsHeld}{" "}
              {meetingsHeld === 1 ? "meeting" : "meetings"} held
            </p>
          </>
        )}
      </CardContent>
    </Card>
  );
}
