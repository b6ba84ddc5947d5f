import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { ReminderSettings } from "@throughline/domain/notification-settings";
import { AddButton } from "@throughline/ui/add-button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormCard } from "@throughline/ui/form-card";
import { Input } from "@throughline/ui/input";
import { Label } from "@throughline/ui/label";
import { RemoveButton } from "@throughline/ui/remove-button";
import { useId, useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { draftOf, type LeadTimeDraft, minutesOf } from "./lead-time.ts";

const MOST_REMINDERS = 3;
const selectClass =
  "block h-10 rounded-md border border-input bg-surface px-3 text-base text-foreground";

/** Every zone the browser knows, so the district picks one the server will accept too. */
const timeZones = Intl.supportedValuesOf("timeZone");

/** The district's time zone and how long before a support meeting its members are reminded. */
export function LeadTimesForm({ settings }: { settings: ReminderSettings }) {
  const queryClient = useQueryClient();
  const formId = useId();
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [leads, setLeads] = useState<LeadTimeDraft[]>(() =>
    settings.meetingReminderMinutes.map(draftOf),
  );
  const save = useMutation(
    trpc.reminderSettings.save.mutationOptions({
      onSuccess: (saved) => {
        setLeads(saved.meetingReminderMinutes.map(draftOf));
        queryClient.setQueryData(trpc.reminderSettings.get.queryKey(), saved);
      },
    }),
  );
  const edit = (next: LeadTimeDraft[]) => {
    save.reset();
    setLeads(next);
  };
  const submit = () => {
    save.mutate({ timeZone, meetingReminderMinutes: leads.map(minutesOf) });
  };
  const zoneError = fieldError(save.error, "timeZone");
  const listError = fieldError(save.error, "meetingReminderMinutes");
  const busy = save.isPending;

  return (
    <FormCard
      title="Meeting reminders"
      description="Members of a team hear about each support meeting this long before it starts. Quiet hours, digests and weekly summaries follow the district's time zone."
      onSubmit={submit}
      className="gap-5"
    >
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${formId}-zone`}>Time zone</Label>
        <select
          id={`${formId}-zone`}
          value={timeZone}
          disabled={busy}
          aria-invalid={zoneError ? true : undefined}
          aria-describedby={zoneError ? `${formId}-zone-error` : undefined}
          onChange={(event) => {
            save.reset();
            setTimeZone(event.target.value);
          }}
          className={`${selectClass} w-full max-w-sm`}
        >
          {(timeZones.includes(settings.timeZone)
            ? timeZones
            : [settings.timeZone, ...timeZones]
          ).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <FieldMessage id={`${formId}-zone-error`} message={zoneError} />
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium text-foreground">Remind members</legend>
        {leads.map((lead, index) => {
          const error = fieldError(save.error, `meetingReminderMinutes.${index}`);
          const amountId = `${formId}-amount-${index}`;
          return (
            // Reminders are only added at the end or removed, and re-sorted on save.
            <div key={index} className="flex flex-col gap-1.5">
              <div className="flex flex-wrap items-center gap-2">
                <Label htmlFor={amountId} className="sr-only">
                  Reminder {index + 1}: how long before
                </Label>
                <Input
                  id={amountId}
                  inputMode="numeric"
                  className="w-24"
                  value={lead.amount}
                  disabled={busy}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${amountId}-error` : undefined}
                  onChange={(event) =>
                    edit(
                      leads.map((old, at) =>
                        at === index ? { ...old, amount: event.target.value } : old,
                      ),
                    )
                  }
                />
                <select
                  aria-label={`Reminder ${index + 1}: unit`}
                  value={lead.unit}
                  disabled={busy}
                  className={selectClass}
                  onChange={(event) =>
                    edit(
                      leads.map((old, at) =>
                        at === index
                          ? { ...old, unit: event.target.value as LeadTimeDraft["unit"] }
                          : old,
                      ),
                    )
                  }
                >
                  <option value="minutes">{lead.amount === "1" ? "minute" : "minutes"}</option>
                  <option value="hours">{lead.amount === "1" ? "hour" : "hours"}</option>
                  <option value="days">{lead.amount === "1" ? "day" : "days"}</option>
                </select>
                <span className="text-sm text-muted-foreground">before the meeting</span>
                <RemoveButton
                  disabled={busy || leads.length <= 1}
                  onClick={() => edit(leads.filter((_, at) => at !== index))}
                  what={`reminder ${index + 1}`}
                />
              </div>
              <FieldMessage id={`${amountId}-error`} message={error} />
            </div>
          );
        })}
        <FieldMessage id={`${formId}-list-error`} message={listError} />
        <AddButton
          className="self-start"
          disabled={busy || leads.length >= MOST_REMINDERS}
          onClick={() => edit([...leads, { amount: "30", unit: "minutes" }])}
        >
          Add a reminder
        </AddButton>
      </fieldset>
      <div className="flex flex-col gap-3">
        <SaveFooter
          save={save}
          label="Save reminders"
          savedTitle="Reminders saved"
          savedMessage="Meetings from now on are reminded at these times."
          failedTitle="The reminders were not saved"
        />
      </div>
    </FormCard>
  );
}
