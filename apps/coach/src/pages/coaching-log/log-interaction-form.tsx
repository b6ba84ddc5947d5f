import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import {
  type CoachingInteractionKind,
  coachingInteractionKindLabels,
  coachingInteractionKindSchema,
} from "@throughline/domain/coaching-log";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { CheckboxListFieldset } from "@throughline/ui/checkbox-list-fieldset";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";

type Options = RouterOutputs["coachingLog"]["options"];

/** Logs one coaching interaction: kind, day, minutes, teachers, indicators and a private note. */
export function LogInteractionForm({ options }: { options: Options }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<CoachingInteractionKind>("co_teaching");
  const [occurredOn, setOccurredOn] = useState(options.today);
  const [minutes, setMinutes] = useState("45");
  const [teacherIds, setTeacherIds] = useState<string[]>([]);
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [logged, setLogged] = useState(false);
  const log = useMutation(
    trpc.coachingLog.log.mutationOptions({
      onSuccess: async () => {
        setLogged(true);
        setTeacherIds([]);
        setIndicatorIds([]);
        setNote("");
        await queryClient.invalidateQueries({ queryKey: trpc.coachingLog.pathKey() });
      },
    }),
  );
  const error = log.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLogged(false);
    log.mutate({
      kind,
      occurredOn,
      minutes: minutes === "" ? Number.NaN : Number(minutes),
      teacherIds,
      indicatorIds,
      note,
    });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Kind"
          value={kind}
          onChange={(event) => setKind(coachingInteractionKindSchema.parse(event.target.value))}
          error={fieldError(error, "kind")}
        >
          {coachingInteractionKindSchema.options.map((option) => (
            <option key={option} value={option}>
              {coachingInteractionKindLabels[option]}
            </option>
          ))}
        </SelectField>
        <FormField
          label="Date"
          type="date"
          value={occurredOn}
          onChange={(event) => setOccurredOn(event.target.value)}
          error={fieldError(error, "occurredOn")}
        />
        <FormField
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          error={fieldError(error, "minutes")}
        />
      </div>
      <CheckboxListFieldset
        legend="Teachers"
        items={options.teachers.map((teacher) => ({ id: teacher.id, label: teacher.displayName }))}
        chosen={teacherIds}
        onChange={setTeacherIds}
        error={fieldError(error, "teacherIds")}
      />
      <CheckboxListFieldset
        legend="Indicators worked on (optional)"
        items={options.indicators.map((indicator) => ({
          id: indicator.id,
          label: `${indicator.code} ${indicator.title}`,
        }))}
        chosen={indicatorIds}
        onChange={setIndicatorIds}
        error={fieldError(error, "indicatorIds")}
      />
      <TextAreaField
        label="Private note (optional)"
        hint="Read by the teacher and their coaches, never by principals."
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError(error, "note")}
        rows={3}
      />
      {error && !error.data?.fieldErrors ? <Alert variant="error">{error.message}</Alert> : null}
      {logged ? <Alert variant="success">Logged. It counts toward this week.</Alert> : null}
      <div>
        <Button type="submit" size="lg" disabled={log.isPending}>
          {log.isPending ? "Logging…" : "Log interaction"}
        </Button>
      </div>
    </form>
  );
}
