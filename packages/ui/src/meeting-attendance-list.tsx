import type { Attendance } from "@throughline/domain/enums";

const attendanceWords: Record<Attendance, string> = {
  present: "Present",
  absent: "Absent",
  excused: "Excused",
};

/** Who was at a meeting: each member with their attendance, or "Not marked". */
export function MeetingAttendanceList({
  members,
}: {
  members: readonly { personId: string; displayName: string; attendance: Attendance | null }[];
}) {
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {members.map((member) => (
        <li key={member.personId} className="flex justify-between gap-3">
          <span>{member.displayName}</span>
          <span className="text-muted-foreground">
            {member.attendance ? attendanceWords[member.attendance] : "Not marked"}
          </span>
        </li>
      ))}
    </ul>
  );
}
