import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError, formError } from "@throughline/ui/field-error";
import { districtClock, districtDay, districtMoment } from "@throughline/ui/format";
import { useEffect, useId, useRef, useState } from "react";
import { AgendaChange } from "./agenda-change.tsx";
import { MeetingWhenFields } from "./meeting-when-fields.tsx";
import { type AgendaEntry, meetingMinutes } from "./schedule-values.ts";
import type { CoachMeeting } from "./types.ts";

/* Moving, renaming or re-agenda-ing a scheduled meeting, or it and the rest of its series. */

// The fields show and mean the district's clock, whatever zone the device is in.
const dateOf = (at: Date) => districtDay(at);
const timeOf = (at: Date) => districtClock(at);

interface EditValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  /** A new agenda being built; null keeps the meeting's own. */
  agenda: AgendaEntry[] | null;
}

function valuesOf(meeting: CoachMeeting): EditValues {
  return {
    title: meeting.title,
    date: dateOf(meeting.startsAt),
    startTime: timeOf(meeting.startsAt),
    endTime: timeOf(meeting.endsAt),
    agenda: null,
  };
}

/** A native modal dialog, like cancelling: the browser traps focus and closes on Escape. */
export function EditMeetingDialog({
  meeting,
  onClose,
  onSaved,
}: {
  meeting: CoachMeeting | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<EditValues | null>(null);
  const reschedule = useMutation(
    trpc.meetings.reschedule.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.meetings.pathKey() });
        const count = result.movedIds.length;
        onSaved(
          `Saved ${count} ${count === 1 ? "meeting" : "meetings"}. Members are told of the change.`,
        );
      },
    }),
  );

  useEffect(() => {
    if (meeting) {
      setValues(valuesOf(meeting));
      dialog.current?.showModal();
    } else dialog.current?.close();
  }, [meeting]);

  const close = () => {
    reschedule.reset();
    onClose();
  };

  function save(andFollowing: boolean) {
    if (!meeting || !values) return;
    reschedule.mutate({
      id: meeting.id,
      title: values.title,
      startsAt: districtMoment(values.date, values.startTime) ?? new Date(Number.NaN),
      endsAt: districtMoment(values.date, values.endTime) ?? new Date(Number.NaN),
      location: meeting.location,
      videoUrl: meeting.videoUrl,
      ...(values.agenda ? { agenda: values.agenda.map((entry) => entry.stepId) } : {}),
      andFollowing,
    });
  }

  const set = (key: Exclude<keyof EditValues, "agenda">) => (value: string) =>
    setValues((current) => (current ? { ...current, [key]: value } : current));
  const error = (path: string) => fieldError(reschedule.error, path);
  const general = formError(reschedule.error, ["title", "startsAt", "endsAt", "agenda"]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={close}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-6 text-foreground shadow-lg backdrop:bg-black/40"
    >
      {meeting && values ? (
        <form
          className="flex flex-col gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save(false);
          }}
        >
          <h2 id={titleId} className="text-lg font-semibold">
            Edit “{meeting.title}”
          </h2>
          <MeetingWhenFields values={values} set={set} error={error} />
          <AgendaChange
            current={`${meeting.agendaSteps} ${meeting.agendaSteps === 1 ? "step" : "steps"}, ${meeting.agendaMinutes} min`}
            entries={values.agenda}
            onChange={(agenda) =>
              setValues((current) => (current ? { ...current, agenda } : current))
            }
            meetingMinutes={meetingMinutes(values)}
            error={error("agenda")}
          />
          {meeting.seriesId ? (
            <p className="text-sm text-muted-foreground">
              “This and following” moves every later meeting of the series by the same shift, and
              gives each a new agenda when you changed it.
            </p>
          ) : null}
          {general ? <Alert variant="error">{general}</Alert> : null}
          <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            <Button type="submit" disabled={reschedule.isPending}>
              {meeting.seriesId ? "Save this meeting" : "Save"}
            </Button>
            {meeting.seriesId ? (
              <Button
                variant="secondary"
                disabled={reschedule.isPending}
                onClick={() => save(true)}
              >
                Save this and following
              </Button>
            ) : null}
            <Button variant="secondary" onClick={close} disabled={reschedule.isPending}>
              Close
            </Button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
