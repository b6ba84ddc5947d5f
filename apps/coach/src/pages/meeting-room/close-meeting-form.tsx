import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { MeetingRoom } from "@throughline/domain/meeting-room";
import { Button } from "@throughline/ui/button";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { formatWeekdayDate } from "@throughline/ui/format";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import { useRefreshRoom } from "./use-room.ts";

/** The meeting's planned length in minutes, within the schema's 1 to 600. */
export function plannedMinutes(meeting: { startsAt: Date; endsAt: Date }): number {
  const minutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
  return Math.min(600, Math.max(1, minutes));
}

/** "Maria Lopez", "Maria Lopez and Sam Ortiz", "Maria Lopez, Sam Ortiz and Ana Diaz". */
function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Closing records the minutes held: what the present teachers' PD hours count. The field starts
 * from the planned length (not the time the room happened to be open); the coach adjusts it,
 * and a dialog states the minutes and who gets them before anything is credited.
 */
export function CloseMeetingForm({ room }: { room: MeetingRoom }) {
  const meetingId = room.meeting.id;
  const refresh = useRefreshRoom(meetingId);
  const [minutes, setMinutes] = useState(() => String(plannedMinutes(room.meeting)));
  const [confirming, setConfirming] = useState(false);
  const close = useMutation(
    trpc.meetingRoom.close.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await refresh();
      },
      onError: () => setConfirming(false),
    }),
  );
  const minutesError = fieldError(close.error, "heldMinutes");
  const present = room.members.filter((m) => m.attendance === "present");
  const credited = Number(minutes);
  return (
    <TitledCard
      title="Close the meeting"
      description="Mark everyone's attendance first. The minutes held count toward the PD hours of each teacher marked present."
    >
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          close.reset();
          setConfirming(true);
        }}
      >
        <FormField
          label="Minutes held"
          hint={`Planned: ${plannedMinutes(room.meeting)} minutes. Change it if the meeting ran shorter or longer.`}
          type="number"
          inputMode="numeric"
          required
          min={1}
          max={600}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          error={minutesError}
          className="max-w-48"
        />
        {close.error && !minutesError ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {close.error.message}
          </p>
        ) : null}
        <Button type="submit" variant="danger" className="self-start" disabled={close.isPending}>
          Close meeting…
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={`Close the meeting and credit ${credited} minutes?`}
        confirmLabel="Close and credit"
        pendingLabel="Closing…"
        confirmVariant="danger"
        cancelLabel="Keep it open"
        pending={close.isPending}
        error={null}
        onConfirm={() => close.mutate({ meetingId, heldMinutes: credited })}
        onClose={() => setConfirming(false)}
      >
        {present.length === 0 ? (
          <p>Nobody is marked present, so no one is credited.</p>
        ) : (
          <p>
            {credited} minutes of PD go to {namesList(present.map((m) => m.displayName))}, dated{" "}
            {formatWeekdayDate(room.meeting.startedAt ?? new Date())}, the day it was held.
          </p>
        )}
        <p className="mt-2">Closing cannot be undone.</p>
      </ConfirmDialog>
    </TitledCard>
  );
}
