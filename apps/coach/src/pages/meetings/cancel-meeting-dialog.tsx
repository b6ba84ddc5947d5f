import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { useEffect, useId, useRef } from "react";
import { formatMeetingTime } from "./meeting-time.ts";
import type { CoachMeeting } from "./types.ts";

/**
 * Asks before cancelling; for a series, whether the rest of it goes too. A native modal dialog:
 * the browser traps focus, closes on Escape and gives focus back.
 */
export function CancelMeetingDialog({
  meeting,
  onClose,
  onCancelled,
}: {
  meeting: CoachMeeting | null;
  onClose: () => void;
  onCancelled: (message: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const queryClient = useQueryClient();
  const cancel = useMutation(
    trpc.meetings.cancel.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.meetings.pathKey() });
        const count = result.cancelledIds.length;
        onCancelled(`Cancelled ${count} ${count === 1 ? "meeting" : "meetings"}.`);
      },
    }),
  );

  useEffect(() => {
    if (meeting) dialog.current?.showModal();
    else dialog.current?.close();
  }, [meeting]);

  // A refusal shown for one meeting must not greet the next one.
  const close = () => {
    cancel.reset();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={close}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-6 text-foreground shadow-lg backdrop:bg-black/40"
    >
      {meeting ? (
        <div className="flex flex-col gap-4">
          <h2 id={titleId} className="text-lg font-semibold">
            Cancel “{meeting.title}”?
          </h2>
          <p className="text-sm text-muted-foreground">
            {meeting.teamName} · {formatMeetingTime(meeting.startsAt, meeting.endsAt)}. Members see
            it as cancelled, and their calendars update.
          </p>
          {cancel.error ? <Alert variant="error">{cancel.error.message}</Alert> : null}
          <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            <Button
              variant="danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate({ meetingId: meeting.id, andFollowing: false })}
            >
              {meeting.seriesId ? "Only this meeting" : "Cancel the meeting"}
            </Button>
            {meeting.seriesId ? (
              <Button
                variant="danger"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate({ meetingId: meeting.id, andFollowing: true })}
              >
                This and following
              </Button>
            ) : null}
            <Button variant="secondary" onClick={close} disabled={cancel.isPending}>
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
