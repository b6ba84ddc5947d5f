import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { Loading } from "@throughline/ui/loading";
import { useState } from "react";
import { rowError } from "./row-errors.ts";
import { minutesOf, timeOf } from "./time-of-day.ts";
import { type WeeklyRowDraft, WeeklyRowsEditor } from "./weekly-rows-editor.tsx";

/** The school's bell schedule, period by period; saving replaces it whole. */
export function BellScheduleCard({ schoolId }: { schoolId: string }) {
  const bells = useQuery(trpc.collaboration.bellSchedule.queryOptions({ schoolId }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Bell schedule</CardTitle>
        <CardDescription>
          Each weekday's periods. The first and last bell bound the school day the finder searches.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {bells.isPending ? (
          <Loading variant="inline" label="Loading the bell schedule…" />
        ) : bells.isError ? (
          <Alert variant="error" title="The bell schedule could not be loaded">
            {bells.error.message}
          </Alert>
        ) : (
          <BellScheduleForm
            schoolId={schoolId}
            initial={bells.data.periods.map((period) => ({
              key: period.id,
              weekday: period.weekday,
              text: period.name,
              start: timeOf(period.startMinute),
              end: timeOf(period.endMinute),
            }))}
          />
        )}
      </CardContent>
    </Card>
  );
}

function BellScheduleForm({ schoolId, initial }: { schoolId: string; initial: WeeklyRowDraft[] }) {
  const queryClient = useQueryClient();
  const [rows, setRows] = useState(initial);
  const save = useMutation(
    trpc.collaboration.saveBellSchedule.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.collaboration.pathFilter()),
    }),
  );
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          schoolId,
          periods: rows.map((row) => ({
            weekday: row.weekday,
            name: row.text,
            startMinute: minutesOf(row.start),
            endMinute: minutesOf(row.end),
          })),
        });
      }}
    >
      <WeeklyRowsEditor
        rows={rows}
        onChange={(next) => {
          save.reset();
          setRows(next);
        }}
        textLabel="Period"
        errorOf={(index) => rowError(save.error, "periods", index)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          Save the bell schedule
        </Button>
        {save.isSuccess ? <p role="status">Bell schedule saved</p> : null}
        {save.isError && !save.error.data?.fieldErrors ? (
          <p role="alert" className="text-sm text-danger">
            {save.error.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
