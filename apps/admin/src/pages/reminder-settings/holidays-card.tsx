import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { ReminderSettings } from "@throughline/domain/notification-settings";
import { Alert } from "@throughline/ui/alert";
import { EmptyState } from "@throughline/ui/empty-state";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { formatDay } from "@throughline/ui/format";
import { RemoveButton } from "@throughline/ui/remove-button";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@throughline/ui/table";
import { TitledCard } from "@throughline/ui/titled-card";
import { CalendarOff } from "lucide-react";
import { type FormEvent, useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";

const emptyDraft = { name: "", startsOn: "", endsOn: "" };

/** The district's school breaks: no MicroPD nudges go out from the first day to the last. */
export function HolidaysCard({ settings }: { settings: ReminderSettings }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(emptyDraft);
  const refresh = () => queryClient.invalidateQueries(trpc.reminderSettings.get.queryFilter());
  const add = useMutation(
    trpc.reminderSettings.addHoliday.mutationOptions({
      onSuccess: async () => {
        setDraft(emptyDraft);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.reminderSettings.removeHoliday.mutationOptions({ onSuccess: refresh }),
  );
  const change = (field: keyof typeof emptyDraft, value: string) => {
    add.reset();
    setDraft({ ...draft, [field]: value });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(draft);
  };

  return (
    <TitledCard
      title="School breaks"
      description="Teachers are not nudged to continue MicroPD during a break. Meeting reminders still go out for meetings that are scheduled."
      contentClassName="flex flex-col gap-6"
    >
      {settings.holidays.length === 0 ? (
        <EmptyState title="No breaks marked" icon={CalendarOff}>
          <p>Add the district's breaks so nobody is nudged on holiday.</p>
        </EmptyState>
      ) : (
        <Table scrollLabel="School breaks">
          <TableColumns names={["Break", "First day", "Last day"]} actionsLabel="Actions" />
          <TableBody>
            {settings.holidays.map((holiday) => (
              <TableRow key={holiday.id}>
                <TableCell className="font-medium">{holiday.name}</TableCell>
                <TableCell>{formatDay(holiday.startsOn)}</TableCell>
                <TableCell>{formatDay(holiday.endsOn)}</TableCell>
                <TableCell className="text-right">
                  <RemoveButton
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ holidayId: holiday.id })}
                    what={holiday.name}
                    labelShown
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {remove.isError ? (
        <Alert variant="error" title="The break was not removed">
          {remove.error.message}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <h3 className="text-base font-semibold text-foreground">Add a break</h3>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField
            label="Name"
            value={draft.name}
            disabled={add.isPending}
            error={fieldError(add.error, "name")}
            onChange={(event) => change("name", event.target.value)}
          />
          <FormField
            label="First day"
            type="date"
            value={draft.startsOn}
            disabled={add.isPending}
            error={fieldError(add.error, "startsOn")}
            onChange={(event) => change("startsOn", event.target.value)}
          />
          <FormField
            label="Last day"
            type="date"
            value={draft.endsOn}
            disabled={add.isPending}
            error={fieldError(add.error, "endsOn")}
            onChange={(event) => change("endsOn", event.target.value)}
          />
        </div>
        <SaveFooter
          save={add}
          label="Add the break"
          pendingLabel="Adding…"
          failedTitle="The break was not added"
        />
      </form>
    </TitledCard>
  );
}
