import type { ObservationKind } from "@throughline/domain/enums";
import type { StartObservationInput } from "@throughline/domain/observation";
import { type FormEvent, useState } from "react";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import { type ApiErrorLike, fieldError } from "./field-error.ts";
import { FormField } from "./form-field.tsx";
import { districtDay } from "./format.ts";
import { IndicatorPicker } from "./observation-indicator-picker.tsx";
import type { ObservationStartOptions } from "./observation-types.ts";

const kindWords: Record<ObservationKind, { label: string; hint: string }> = {
  coaching: {
    label: "Coaching",
    hint: "Non-evaluative: shared with the teacher and their coaches, never with principals.",
  },
  walkthrough: { label: "Walkthrough", hint: "A short visit by a school leader." },
};

/** Today on the district's calendar. */
function today(): string {
  return districtDay();
}

/**
 * Starts an observation: kind, date, class, length and the indicators to look for. The app
 * sends it (`onStart`) and shows where it went; this form holds only what is being typed.
 */
export function ObservationStartForm({
  options,
  onStart,
  pending,
  error,
}: {
  options: ObservationStartOptions;
  onStart: (input: StartObservationInput) => void;
  pending: boolean;
  error: ApiErrorLike | null;
}) {
  const [kind, setKind] = useState<ObservationKind | null>(null);
  const [observedOn, setObservedOn] = useState(today);
  const [classLabel, setClassLabel] = useState("");
  const [minutes, setMinutes] = useState("30");
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const { teacher, kinds, indicators } = options;
  const chosenKind = kind ?? kinds[0] ?? "coaching";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({
      teacherId: teacher.id,
      kind: chosenKind,
      observedOn,
      classLabel,
      durationMinutes: minutes === "" ? null : Number(minutes),
      indicatorIds,
    });
  };
  return (
    <form onSubmit={submit} className="flex max-w-2xl flex-col gap-6" noValidate>
      {kinds.length > 1 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Kind of observation</legend>
          {kinds.map((option) => (
            <label key={option} className="flex min-h-11 items-start gap-3">
              <input
                type="radio"
                name="kind"
                className="mt-1 size-5 accent-primary"
                checked={chosenKind === option}
                onChange={() => setKind(option)}
              />
              <span>
                <span className="font-medium">{kindWords[option].label}</span>
                <span className="block text-sm text-muted-foreground">
                  {kindWords[option].hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">{kindWords[chosenKind].label}</span>:{" "}
          {kindWords[chosenKind].hint}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          label="Date"
          type="date"
          value={observedOn}
          onChange={(event) => setObservedOn(event.target.value)}
          error={fieldError(error, "observedOn")}
        />
        <FormField
          label="Class or period"
          value={classLabel}
          onChange={(event) => setClassLabel(event.target.value)}
          placeholder="Period 3 · Grade 4 maths"
        />
        <FormField
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          error={fieldError(error, "durationMinutes")}
        />
      </div>
      <IndicatorPicker
        indicators={indicators}
        chosen={indicatorIds}
        onChange={setIndicatorIds}
        error={fieldError(error, "indicatorIds")}
      />
      {error && !error.data?.fieldErrors ? <Alert variant="error">{error.message}</Alert> : null}
      <div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? "Starting…" : "Start observing"}
        </Button>
      </div>
    </form>
  );
}
