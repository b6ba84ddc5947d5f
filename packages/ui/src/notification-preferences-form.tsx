import type { EmailMode, NotificationKind } from "@throughline/domain/enums";
import type {
  NotificationPreferences,
  NotificationPreferencesInput,
} from "@throughline/domain/notification";
import { CircleAlert } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import { type ApiErrorLike, fieldError } from "./field-error.ts";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table.tsx";

const modeLabels: Record<EmailMode, string> = {
  immediate: "Immediately",
  daily_digest: "Daily digest",
  off: "Off",
};

interface NotificationPreferencesFormProps {
  preferences: NotificationPreferences;
  onSave: (input: NotificationPreferencesInput) => void;
  saving: boolean;
  /** The server's refusal, whose named fields are shown next to them. */
  error: ApiErrorLike | null;
  /** The last save succeeded (and nothing changed since). */
  saved: boolean;
}

function FieldMessage({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 flex items-start gap-1.5 text-sm font-medium text-danger">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {message}
    </p>
  );
}

/**
 * How each kind of notification reaches the person by email (it always shows in the app), and
 * whether email may arrive in the evening or at the weekend in the district's time zone.
 */
export function NotificationPreferencesForm({
  preferences,
  onSave,
  saving,
  error,
  saved,
}: NotificationPreferencesFormProps) {
  const formId = useId();
  const [modes, setModes] = useState<Record<string, EmailMode>>(() =>
    Object.fromEntries(preferences.kinds.map((entry) => [entry.kind, entry.emailMode])),
  );
  const [emailEvenings, setEmailEvenings] = useState(preferences.emailEvenings);
  const [emailWeekends, setEmailWeekends] = useState(preferences.emailWeekends);
  const [dirty, setDirty] = useState(false);
  const change = (apply: () => void) => {
    apply();
    setDirty(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDirty(false);
    onSave({
      emailModes: modes as Partial<Record<NotificationKind, EmailMode>>,
      emailEvenings,
      emailWeekends,
    });
  };

  const named = error?.data?.fieldErrors?.length ? error.data.fieldErrors : null;
  const eveningsError = fieldError(error, "emailEvenings");
  const weekendsError = fieldError(error, "emailWeekends");

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <Table scrollLabel="Email for each kind of notification">
        <TableHeader>
          <TableRow>
            <TableHead>Notification</TableHead>
            <TableHead className="w-48">Email</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {preferences.kinds.map((entry) => {
            const selectId = `${formId}-${entry.kind}`;
            const message = fieldError(error, `emailModes.${entry.kind}`);
            return (
              <TableRow key={entry.kind}>
                <TableCell>
                  <label htmlFor={selectId} className="font-medium text-foreground">
                    {entry.label}
                  </label>
                  <p id={`${selectId}-description`} className="text-sm text-muted-foreground">
                    {entry.description}
                  </p>
                </TableCell>
                <TableCell>
                  <select
                    id={selectId}
                    value={modes[entry.kind] ?? entry.emailMode}
                    disabled={saving}
                    aria-describedby={`${selectId}-description${message ? ` ${selectId}-error` : ""}`}
                    aria-invalid={message ? true : undefined}
                    onChange={(event) =>
                      change(() =>
                        setModes((current) => ({
                          ...current,
                          [entry.kind]: event.target.value as EmailMode,
                        })),
                      )
                    }
                    className="block h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground"
                  >
                    {(Object.keys(modeLabels) as EmailMode[]).map((mode) => (
                      <option key={mode} value={mode}>
                        {modeLabels[mode]}
                      </option>
                    ))}
                  </select>
                  <FieldMessage id={`${selectId}-error`} message={message} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-semibold text-foreground">Quiet hours</legend>
        <p className="text-sm text-muted-foreground">
          Times are in your district&apos;s time zone, {preferences.timeZone}. Email held back by
          quiet hours arrives when they end.
        </p>
        <div>
          <label className="flex items-start gap-2 text-sm text-foreground">
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-primary"
              checked={emailEvenings}
              disabled={saving}
              onChange={(event) => change(() => setEmailEvenings(event.target.checked))}
              aria-describedby={eveningsError ? `${formId}-evenings-error` : undefined}
            />
            Email me on weekday evenings (6 PM to 7 AM)
          </label>
          <FieldMessage id={`${formId}-evenings-error`} message={eveningsError} />
        </div>
        <div>
          <label className="flex items-start gap-2 text-sm text-foreground">
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-primary"
              checked={emailWeekends}
              disabled={saving}
              onChange={(event) => change(() => setEmailWeekends(event.target.checked))}
              aria-describedby={weekendsError ? `${formId}-weekends-error` : undefined}
            />
            Email me at weekends
          </label>
          <FieldMessage id={`${formId}-weekends-error`} message={weekendsError} />
        </div>
      </fieldset>

      {error && !named ? (
        <Alert variant="error" title="Your choices were not saved">
          {error.message}
        </Alert>
      ) : null}
      {error && named ? (
        <p role="alert" className="text-sm font-medium text-danger">
          Your choices were not saved: see the message above.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save email settings"}
        </Button>
        <p role="status" className="text-sm text-success">
          {saved && !dirty && !saving ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
