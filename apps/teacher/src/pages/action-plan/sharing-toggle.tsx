import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import type { Plan } from "./types.ts";

/** Plans are private; the teacher may let their team read this one (never change it). */
export function SharingToggle({ plan }: { plan: Plan }) {
  const queryClient = useQueryClient();
  const setSharing = useMutation(
    trpc.actionPlan.setSharing.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.actionPlan.pathKey() }),
    }),
  );
  const shared = setSharing.isPending
    ? (setSharing.variables?.sharedWithTeam ?? plan.sharedWithTeam)
    : plan.sharedWithTeam;
  return (
    <div className="flex flex-col gap-2">
      <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-primary"
          checked={shared}
          disabled={setSharing.isPending}
          aria-describedby="sharing-hint"
          onChange={(event) =>
            setSharing.mutate({ planId: plan.id, sharedWithTeam: event.target.checked })
          }
        />
        <span className="flex flex-col gap-1">
          <span className="font-medium text-foreground">Share this plan with my team</span>
          <span id="sharing-hint" className="text-muted-foreground">
            {shared
              ? "Your teammates can read this plan. Only you can change it."
              : "Only you and your coach can see this plan."}
          </span>
        </span>
      </label>
      {setSharing.error ? <Alert variant="error">{setSharing.error.message}</Alert> : null}
    </div>
  );
}
