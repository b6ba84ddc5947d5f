import { useMutation } from "@tanstack/react-query";
import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { FormField } from "@throughline/ui/form-field";
import { useState } from "react";
import { trpc } from "../../lib/trpc.ts";
import { useRefreshRoom } from "./use-room.ts";

/** Minutes since the meeting started, at least 1 and at most the schema's 600. */
function minutesSince(startedAt: Date | null): number {
  if (!startedAt) return 45;
  return Math.min(600, Math.max(1, Math.round((Date.now() - startedAt.getTime()) / 60_000)));
}

/** Closing records the minutes actually held: what the teachers' PD hours count. */
export function CloseMeetingForm({ room }: { room: MeetingRoom }) {
  const meetingId = room.meeting.id;
  const refresh = useRefreshRoom(meetingId);
  // Until the person types, the field follows the clock (the room re-renders on every poll).
  const [typed, setTyped] = useState<string | null>(null);
  const minutes = typed ?? String(minutesSince(room.meeting.startedAt));
  const close = useMutation(trpc.meetingRoom.close.mutationOptions({ onSuccess: refresh }));
  const minutesError = close.error?.data?.fieldErrors?.find((e) => e.path === "heldMinutes");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Close the meeting</CardTitle>
        <CardDescription>
          Mark everyone's attendance first. The minutes held count toward the teachers' PD hours.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            close.mutate({ meetingId, heldMinutes: Number(minutes) });
          }}
        >
          <FormField
            label="Minutes held"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            value={minutes}
            onChange={(event) => setTyped(event.target.value)}
            error={minutesError?.message ?? null}
            className="max-w-48"
          />
          {close.error && !minutesError ? (
            <p role="alert" className="text-sm font-medium text-danger">
              {close.error.message}
            </p>
          ) : null}
          <Button type="submit" variant="danger" className="self-start" disabled={close.isPending}>
            {close.isPending ? "Closing…" : "Close meeting"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
