import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { Button } from "@throughline/ui/button";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { Play } from "lucide-react";
import { useStartMeeting } from "./use-room.ts";

/**
 * Starts the room. Before the meeting's day the server asks first ("This meeting is scheduled
 * for Tue, Nov 24. Move it to now and start?"); the coach's yes moves it, and the move is
 * recorded and sent to the team's calendars.
 */
export function StartMeetingButton({ meeting }: { meeting: MeetingRoom["meeting"] }) {
  const start = useStartMeeting(meeting.id);
  const asksToMove = start.error?.data?.code === "PRECONDITION_FAILED";
  return (
    <>
      <Button onClick={() => start.mutate({ meetingId: meeting.id })} disabled={start.isPending}>
        <Play aria-hidden="true" />
        {start.isPending ? "Starting…" : "Start meeting"}
      </Button>
      {start.error && !asksToMove ? (
        <p role="alert" className="basis-full text-sm font-medium text-danger">
          {start.error.message}
        </p>
      ) : null}
      <ConfirmDialog
        open={asksToMove}
        title="Start this meeting early?"
        confirmLabel="Move it to now and start"
        pendingLabel="Starting…"
        cancelLabel="Keep it as scheduled"
        pending={start.isPending}
        error={null}
        onConfirm={() => start.mutate({ meetingId: meeting.id, moveToNow: true })}
        onClose={() => start.reset()}
      >
        <p>{start.error?.message}</p>
        <p className="mt-2">
          The team's calendars move with it, and the meeting's record keeps the time it was
          scheduled for.
        </p>
      </ConfirmDialog>
    </>
  );
}
