import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { SubmitCancelButtons } from "@throughline/ui/submit-cancel-buttons";
import { UrlField } from "@throughline/ui/url-field";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { AgendaBuilder } from "./agenda-builder.tsx";
import { CollaborationBlockChoice, nextOccurrence } from "./collaboration-block-choice.tsx";
import { MeetingWhenFields } from "./meeting-when-fields.tsx";
import {
  type AgendaEntry,
  initialValues,
  localMoment,
  meetingMinutes,
  type Repeat,
  repeatOptions,
  type ScheduleValues,
  scheduledMessage,
  toScheduleInput,
} from "./schedule-values.ts";
import { SchoolWeekWarning } from "./school-week-warning.tsx";
import type { MeetingsPageState, Protocol, SchedulableTeam } from "./types.ts";

const fieldPaths = [
  "teamId",
  "title",
  "startsAt",
  "endsAt",
  "location",
  "videoUrl",
  "recurrence",
  "recurrence.until",
  "recurrence.frequency",
  "recurrence.interval",
  "agenda",
];

/** Team, title, time, place, repetition and the agenda; the server has the last word. */
export function ScheduleForm({
  teams,
  protocols,
  teamId,
}: {
  teams: readonly SchedulableTeam[];
  protocols: readonly Protocol[];
  teamId: string;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ScheduleValues>(() => initialValues(teamId));
  const [agenda, setAgenda] = useState<AgendaEntry[]>([]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [blockId, setBlockId] = useState<string | null>(null);
  const schedule = useMutation(trpc.meetings.schedule.mutationOptions());
  const set = (key: keyof ScheduleValues) => (value: string) => {
    // A meeting tied to a block keeps the block's time and team; changing them unties it.
    if (["teamId", "date", "startTime", "endTime"].includes(key)) setBlockId(null);
    setValues((current) => ({ ...current, [key]: value }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    schedule.reset();
    const built = toScheduleInput(values, agenda);
    if ("missing" in built) {
      setMissing(built.missing);
      return;
    }
    setMissing({});
    schedule.mutate(
      { ...built.input, collaborationBlockId: blockId },
      {
        onSuccess: async (result) => {
          await queryClient.invalidateQueries({ queryKey: trpc.meetings.pathKey() });
          const state: MeetingsPageState = {
            status: scheduledMessage(built.input, result),
          };
          await navigate("/meetings", { state });
        },
      },
    );
  }

  const error = (path: string) => missing[path] ?? fieldError(schedule.error, path);
  const general = formError(schedule.error, fieldPaths);
  return (
    <form onSubmit={submit} noValidate className="flex max-w-3xl flex-col gap-6">
      <SelectField
        label="Team"
        value={values.teamId}
        onChange={(event) => set("teamId")(event.target.value)}
        error={error("teamId")}
      >
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name} · {team.schoolName} ({team.memberCount} members)
          </option>
        ))}
      </SelectField>
      <CollaborationBlockChoice
        blocks={teams.find((team) => team.id === values.teamId)?.collaborationBlocks ?? []}
        chosenId={blockId}
        onUse={(block) => {
          // A block recurs weekly: a series in it follows the block, week by week.
          setValues((current) => ({
            ...current,
            ...nextOccurrence(block),
            repeat: current.repeat === "none" ? "weekly" : current.repeat,
          }));
          setBlockId(block.id);
        }}
      />
      <MeetingWhenFields
        values={values}
        set={set}
        error={error}
        titlePlaceholder="Planning together"
      />
      <SchoolWeekWarning
        team={teams.find((team) => team.id === values.teamId)}
        startsAt={localMoment(values.date, values.startTime)}
        endsAt={localMoment(values.date, values.endTime)}
        repeats={values.repeat !== "none"}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Room"
          hint="Where people meet in person."
          value={values.location}
          onChange={(event) => set("location")(event.target.value)}
          error={error("location")}
        />
        <UrlField
          label="Video link"
          hint="For people joining online."
          value={values.videoUrl}
          onChange={(event) => set("videoUrl")(event.target.value)}
          error={error("videoUrl")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 sm:items-start">
        <SelectField
          label="Repeat"
          value={values.repeat}
          onChange={(event) => set("repeat")(event.target.value as Repeat)}
          error={error("recurrence.frequency") ?? error("recurrence.interval")}
        >
          {repeatOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        {values.repeat !== "none" ? (
          <FormField
            label="Until"
            hint="The last day a meeting may fall on."
            type="date"
            value={values.until}
            onChange={(event) => set("until")(event.target.value)}
            error={error("recurrence.until")}
          />
        ) : null}
      </div>
      <AgendaBuilder
        protocols={protocols}
        entries={agenda}
        onChange={setAgenda}
        meetingMinutes={meetingMinutes(values)}
        error={error("agenda")}
      />
      {general ? <Alert variant="error">{general}</Alert> : null}
      <SubmitCancelButtons
        pending={schedule.isPending}
        submitLabel="Schedule"
        pendingLabel="Scheduling…"
        onCancel={() => void navigate("/meetings")}
        cancelVariant="secondary"
        className="flex-wrap"
      />
    </form>
  );
}
