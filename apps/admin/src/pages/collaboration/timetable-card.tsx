import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Loading } from "@throughline/ui/loading";
import { SelectField } from "@throughline/ui/select-field";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import { draftRowOf, weeklyTimesOf } from "./time-of-day.ts";
import { useRefreshCollaboration } from "./use-refresh-collaboration.ts";
import type { WeeklyRowDraft } from "./weekly-rows-editor.tsx";
import { WeeklyRowsForm } from "./weekly-rows-form.tsx";

/** One teacher's weekly classes: hand-entered ones edited here, roster ones listed. */
export function TimetableCard({ schoolId }: { schoolId: string }) {
  const teachers = useQuery(trpc.collaboration.teachers.queryOptions({ schoolId }));
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
          <div className="max-w-sm">
            <SelectField
              label="Teacher"
              value={personId}
              onChange={(event) => setChosen(event.target.value)}
            >
              {teachers.data.map((teacher) => (
                <option key={teacher.id} value={teacher.id}>
                  {teacher.name}
                </option>
              ))}
            </SelectField>
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
          .map((slot) => draftRowOf(slot, slot.label))}
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
  const refresh = useRefreshCollaboration();
  const save = useMutation(
    trpc.collaboration.saveTimetable.mutationOptions({ onSuccess: refresh }),
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
          slots: rows.map((row) => ({ ...weeklyTimesOf(row), label: row.text })),
        })
      }
    />
  );
}
