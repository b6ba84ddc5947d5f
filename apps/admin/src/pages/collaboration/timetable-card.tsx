import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Label } from "@throughline/ui/label";
import { Loading } from "@throughline/ui/loading";
import { TitledCard } from "@throughline/ui/titled-card";
import { useId, useState } from "react";
import { minutesOf, timeOf } from "./time-of-day.ts";
import type { WeeklyRowDraft } from "./weekly-rows-editor.tsx";
import { WeeklyRowsForm } from "./weekly-rows-form.tsx";

/** One teacher's weekly classes: hand-entered ones edited here, roster ones listed. */
export function TimetableCard({ schoolId }: { schoolId: string }) {
  const teachers = useQuery(trpc.collaboration.teachers.queryOptions({ schoolId }));
  const teacherFieldId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const personId = chosen ?? teachers.data?.[0]?.id ?? null;

  return (
    <TitledCard
      title="Teaching timetable"
      description="When a teacher teaches each week. Classes from the roster are kept when you save."
      contentClassName="flex flex-col gap-4"
    >
      {teachers.isPending ? (
        <Loading variant="inline" label="Loading the teachers…" />
      ) : teachers.isError ? (
        <Alert variant="error" title="The teachers could not be loaded">
          {teachers.error.message}
        </Alert>
      ) : personId === null ? (
        <p className="text-sm text-muted-foreground">This school has no teachers yet.</p>
      ) : (
        <>
          <div className="flex max-w-sm flex-col gap-2">
            <Label htmlFor={teacherFieldId}>Teacher</Label>
            <select
              id={teacherFieldId}
              value={personId}
              onChange={(event) => setChosen(event.target.value)}
              className="block h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground"
            >
              {teachers.data.map((teacher) => (
                <option key={teacher.id} value={teacher.id}>
                  {teacher.name}
                </option>
              ))}
            </select>
          </div>
          <TeacherTimetable key={personId} schoolId={schoolId} personId={personId} />
        </>
      )}
    </TitledCard>
  );
}

function TeacherTimetable({ schoolId, personId }: { schoolId: string; personId: string }) {
  const timetable = useQuery(trpc.collaboration.timetable.queryOptions({ schoolId, personId }));
  if (timetable.isPending) return <Loading variant="inline" label="Loading the timetable…" />;
  if (timetable.isError) {
    return (
      <Alert variant="error" title="The timetable could not be loaded">
        {timetable.error.message}
      </Alert>
    );
  }
  const fromRoster = timetable.data.slots.filter((slot) => slot.source === "roster");
  return (
    <>
      {fromRoster.length > 0 ? (
        <p className="text-sm text-muted-foreground">
          {fromRoster.length} classes come from the roster and are not edited here.
        </p>
      ) : null}
      <TimetableForm
        schoolId={schoolId}
        personId={personId}
        initial={timetable.data.slots
          .filter((slot) => slot.source === "manual")
          .map((slot) => ({
            key: slot.id,
            weekday: slot.weekday,
            text: slot.label,
            start: timeOf(slot.startMinute),
            end: timeOf(slot.endMinute),
          }))}
      />
    </>
  );
}

function TimetableForm({
  schoolId,
  personId,
  initial,
}: {
  schoolId: string;
  personId: string;
  initial: WeeklyRowDraft[];
}) {
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.collaboration.saveTimetable.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.collaboration.pathFilter()),
    }),
  );
  return (
    <WeeklyRowsForm
      initial={initial}
      textLabel="Class"
      list="slots"
      submitLabel="Save the timetable"
      savedMessage="Timetable saved"
      save={save}
      onSave={(rows) =>
        save.mutate({
          schoolId,
          personId,
          slots: rows.map((row) => ({
            weekday: row.weekday,
            label: row.text,
            startMinute: minutesOf(row.start),
            endMinute: minutesOf(row.end),
          })),
        })
      }
    />
  );
}
