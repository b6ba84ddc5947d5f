import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Loading } from "@throughline/ui/loading";
import { TitledCard } from "@throughline/ui/titled-card";
import { draftRowOf, weeklyTimesOf } from "./time-of-day.ts";
import { useRefreshCollaboration } from "./use-refresh-collaboration.ts";
import type { WeeklyRowDraft } from "./weekly-rows-editor.tsx";
import { WeeklyRowsForm } from "./weekly-rows-form.tsx";

/** The school's bell schedule, period by period; saving replaces it whole. */
export function BellScheduleCard({ schoolId }: { schoolId: string }) {
  const bells = useQuery(trpc.collaboration.bellSchedule.queryOptions({ schoolId }));
  return (
    <TitledCard
      title="Bell schedule"
      description="Each weekday's periods. The first and last bell bound the school day the finder searches."
    >
      {bells.isPending ? (
        <Loading variant="inline" label="Loading the bell schedule…" />
      ) : bells.isError ? (
        <Alert variant="error" title="The bell schedule could not be loaded">
          {bells.error.message}
        </Alert>
      ) : (
        <BellScheduleForm
          schoolId={schoolId}
          initial={bells.data.periods.map((period) => draftRowOf(period, period.name))}
        />
      )}
    </TitledCard>
  );
}

function BellScheduleForm({ schoolId, initial }: { schoolId: string; initial: WeeklyRowDraft[] }) {
  const refresh = useRefreshCollaboration();
  const save = useMutation(
    trpc.collaboration.saveBellSchedule.mutationOptions({ onSuccess: refresh }),
  );
  return (
    <WeeklyRowsForm
      initial={initial}
      textLabel="Period"
      list="periods"
      submitLabel="Save the bell schedule"
      savedMessage="Bell schedule saved"
      save={save}
      onSave={(rows) =>
        save.mutate({
          schoolId,
          periods: rows.map((row) => ({ ...weeklyTimesOf(row), name: row.text })),
        })
      }
    />
  );
}
