import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { displayClock } from "@throughline/domain/rules/weekly-time";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { useId, useState } from "react";
import type { ProposedWindow } from "./types.ts";

/** The lengths a block may take inside the window: the whole of it, or shorter in 15 minutes. */
function lengthsWithin(window: ProposedWindow): number[] {
  const lengths = [window.minutes];
  for (let minutes = window.minutes - 15; minutes >= 30; minutes -= 15) lengths.push(minutes);
  return lengths;
}

/**
 * "Schedule block" for one proposed window, from its start, for the length chosen. Clashes are
 * shown beside the button; warnings (a class under the block) offer "Schedule anyway".
 */
export function ScheduleWindow({ teamId, window }: { teamId: string; window: ProposedWindow }) {
  const queryClient = useQueryClient();
  const lengthId = useId();
  const [minutes, setMinutes] = useState(window.minutes);
  const create = useMutation(
    trpc.collaboration.createBlock.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.collaboration.week.queryFilter()),
    }),
  );
  const block = {
    teamId,
    weekday: window.weekday,
    startMinute: window.startMinute,
    endMinute: window.startMinute + minutes,
  };
  const problems = create.error?.data?.fieldErrors ?? [];
  const clashes = problems.filter((problem) => problem.path !== "override");
  const warnings = problems.filter((problem) => problem.path === "override");

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={lengthId} className="text-sm font-medium text-foreground">
            Length
          </label>
          <select
            id={lengthId}
            value={minutes}
            onChange={(event) => {
              create.reset();
              setMinutes(Number(event.target.value));
            }}
            className="block h-9 rounded-md border border-input bg-surface px-2 text-sm text-foreground"
          >
            {lengthsWithin(window).map((length) => (
              <option key={length} value={length}>
                {length} min ({displayClock(window.startMinute)}–
                {displayClock(window.startMinute + length)})
              </option>
            ))}
          </select>
        </div>
        <Button size="sm" disabled={create.isPending} onClick={() => create.mutate(block)}>
          Schedule block<span className="sr-only"> on {window.label}</span>
        </Button>
      </div>
      {create.isSuccess ? (
        <Alert variant="success" title={`Block scheduled: ${create.data.label}`} />
      ) : null}
      {clashes.length > 0 ? (
        <Alert variant="error" title="This block clashes">
          <ul className="list-disc pl-5">
            {clashes.map((clash) => (
              <li key={clash.message}>{clash.message}</li>
            ))}
          </ul>
        </Alert>
      ) : create.isError && warnings.length === 0 ? (
        <Alert variant="error" title="The block was not scheduled">
          {create.error.message}
        </Alert>
      ) : null}
      {warnings.length > 0 ? (
        <Alert variant="warning" title="This block falls over classes">
          <ul className="list-disc pl-5">
            {warnings.map((warning) => (
              <li key={warning.message}>{warning.message}</li>
            ))}
          </ul>
          <Button
            className="mt-2"
            size="sm"
            variant="secondary"
            disabled={create.isPending}
            onClick={() => create.mutate({ ...block, override: true })}
          >
            Schedule anyway
          </Button>
        </Alert>
      ) : null}
    </div>
  );
}
