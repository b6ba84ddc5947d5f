import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { Attendance } from "@throughline/domain/enums";
import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { Button } from "@throughline/ui/button";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import { useRefreshRoom } from "./use-room.ts";

const choices: { value: Attendance; label: string }[] = [
  { value: "present", label: "Present" },
  { value: "absent", label: "Absent" },
  { value: "excused", label: "Excused" },
];

/**
 * Each member present, absent or excused; saved as soon as it is chosen. "Mark all present"
 * marks everyone not yet marked in one call.
 */
export function AttendanceCard({ room }: { room: MeetingRoom }) {
  const meetingId = room.meeting.id;
  const refresh = useRefreshRoom(meetingId);
  // The choice shows at once; the server's answer replaces it when the room reloads.
  const [chosen, setChosen] = useState<Record<string, Attendance>>({});
  const record = useMutation(
    trpc.meetingRoom.recordAttendance.mutationOptions({
      // Only this answer's member is handed back to the server's state: choices for others may
      // still be on their way, and clearing them would flip their radios back for a moment.
      onSettled: async (_data, _error, variables) => {
        await refresh();
        setChosen((before) => {
          const after = { ...before };
          for (const { personId, attendance } of variables.records) {
            if (after[personId] === attendance) delete after[personId];
          }
          return after;
        });
      },
    }),
  );
  const unmarkedMembers = room.members.filter(
    (member) => (chosen[member.personId] ?? member.attendance) === null,
  );
  const unmarked = unmarkedMembers.length;
  // One call for everyone not yet marked: a choice already made (absent, excused) is kept.
  const markRestPresent = () => {
    const records = unmarkedMembers.map((member) => ({
      personId: member.personId,
      attendance: "present" as const,
    }));
    setChosen((before) => ({
      ...before,
      ...Object.fromEntries(records.map((row) => [row.personId, row.attendance])),
    }));
    record.mutate({ meetingId, records });
  };
  return (
    <TitledCard
      title="Attendance"
      description={
        unmarked === 0 ? "Everyone is marked." : `${unmarked} still to mark before closing.`
      }
      contentClassName="flex flex-col gap-3"
    >
      {unmarked > 0 ? (
        <Button
          variant="secondary"
          size="sm"
          className="self-start"
          disabled={record.isPending}
          onClick={markRestPresent}
        >
          {unmarked === room.members.length ? "Mark all present" : "Mark the rest present"}
        </Button>
      ) : null}
      {room.members.map((member) => (
        <fieldset
          key={member.personId}
          className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-border pb-3 last:border-0"
        >
          <legend className="float-left font-medium">{member.displayName}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {choices.map((choice) => (
              <label key={choice.value} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`attendance-${member.personId}`}
                  value={choice.value}
                  checked={(chosen[member.personId] ?? member.attendance) === choice.value}
                  onChange={() => {
                    setChosen((before) => ({ ...before, [member.personId]: choice.value }));
                    record.mutate({
                      meetingId,
                      records: [{ personId: member.personId, attendance: choice.value }],
                    });
                  }}
                  className="size-4 accent-primary"
                />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {record.error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {record.error.message}
        </p>
      ) : null}
    </TitledCard>
  );
}
