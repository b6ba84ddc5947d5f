import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { GettingStarted } from "@throughline/domain/getting-started";
import { Alert } from "@throughline/ui/alert";
import { MutationButton } from "@throughline/ui/pending-button";
import { Link } from "react-router";
import { checklistCopy } from "./checklist-items.ts";
import { ItemStatus } from "./item-status.tsx";

/** The framework is the one item a person confirms; every other item ticks itself. */
function MarkFrameworkReviewed() {
  const queryClient = useQueryClient();
  const mark = useMutation(
    trpc.gettingStarted.markFrameworkReviewed.mutationOptions({
      onSuccess: (checklist) => {
        queryClient.setQueryData(trpc.gettingStarted.get.queryKey(), checklist);
      },
    }),
  );
  return (
    <div className="flex flex-col gap-2">
      <MutationButton
        variant="secondary"
        size="sm"
        className="self-start"
        mutation={mark}
        pendingLabel="Saving…"
      >
        Mark the framework as reviewed
      </MutationButton>
      {mark.isError ? (
        <Alert variant="error" title="Not saved">
          {mark.error.message}
        </Alert>
      ) : null}
    </div>
  );
}

/** The Getting started items in order, each with its state, why it matters and where to do it. */
export function Checklist({ checklist }: { checklist: GettingStarted }) {
  return (
    <ol className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
      {checklist.items.map((item, index) => {
        const copy = checklistCopy[item.key];
        const headingId = `getting-started-${item.key}`;
        return (
          <li key={item.key} className="flex flex-col gap-2 p-4 sm:p-5">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h2 id={headingId} className="text-base font-semibold text-foreground">
                <span className="text-muted-foreground">{index + 1}. </span>
                {copy.title}
              </h2>
              <ItemStatus done={item.done} />
            </div>
            <p className="text-sm text-muted-foreground">{copy.why}</p>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {copy.links.map((link) => (
                <li key={link.to}>
                  <Link
                    to={link.to}
                    className="font-medium text-primary underline underline-offset-4"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
            {item.key === "framework_reviewed" && !item.done ? <MarkFrameworkReviewed /> : null}
          </li>
        );
      })}
    </ol>
  );
}
