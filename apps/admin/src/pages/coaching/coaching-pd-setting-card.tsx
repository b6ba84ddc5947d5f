import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";

/** The district's choice: does the coaching teachers receive count toward their PD hours? */
export function CoachingPdSettingCard() {
  const queryClient = useQueryClient();
  const setting = useQuery(trpc.coachingLog.pdSetting.queryOptions());
  // The box turns at once; it goes back if the server refuses.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const save = useMutation(
    trpc.coachingLog.savePdSetting.mutationOptions({
      onSuccess: (result) =>
        queryClient.setQueryData(trpc.coachingLog.pdSetting.queryKey(), result),
      onError: () => setChosen(null),
    }),
  );
  const checked = chosen ?? setting.data?.coachingCountsAsPd ?? false;
  return (
    <TitledCard
      title="Coaching as PD time"
      description="When on, the minutes of each logged coaching interaction appear in the teacher's PD hours (kind, day, minutes and coach; never the coach's note)."
      contentClassName="flex flex-col gap-3"
    >
      <label className="flex min-h-11 cursor-pointer items-center gap-3">
        <input
          type="checkbox"
          className="size-5 accent-primary"
          checked={checked}
          disabled={!setting.isSuccess}
          onChange={(event) => {
            setChosen(event.target.checked);
            save.mutate({ coachingCountsAsPd: event.target.checked });
          }}
        />
        <span className="font-medium">Count logged coaching toward teachers' PD hours</span>
      </label>
      {save.isError ? <Alert variant="error">{save.error.message}</Alert> : null}
      {save.isSuccess ? (
        <Alert variant="success">
          {save.data.coachingCountsAsPd
            ? "Logged coaching now counts toward PD hours."
            : "Logged coaching no longer counts toward PD hours."}
        </Alert>
      ) : null}
    </TitledCard>
  );
}
