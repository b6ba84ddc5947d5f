import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import type { ExternalPdStatus } from "@throughline/domain/external-pd";
import { ChoicePill } from "@throughline/ui/choice-pill";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { FileCheck } from "lucide-react";
import { useSearchParams } from "react-router";
import { QueuedRequestCard } from "./queued-request-card.tsx";

const views: { status: ExternalPdStatus; label: string; empty: string }[] = [
  { status: "submitted", label: "Waiting", empty: "No requests are waiting for review." },
  { status: "returned", label: "Returned", empty: "No requests are back with their teachers." },
  { status: "approved", label: "Approved", empty: "No requests were approved yet." },
];

/**
 * Requests for credit for PD taken elsewhere, from the teachers the viewer administers (a
 * principal: their schools'; the district's PD admin: everyone's): the certificate to read,
 * approve, or return with a reason the teacher reads.
 */
export function ExternalPdQueuePage() {
  const [params, setParams] = useSearchParams();
  const view = views.find((entry) => entry.status === params.get("show")) ?? views[0];
  const status = view?.status ?? "submitted";
  const queue = useQuery(trpc.externalPd.queue.queryOptions({ status }));
  return (
    <>
      <PageHeader
        title="External PD"
        description="Teachers' requests for credit for PD taken elsewhere. Approved hours join the teacher's transcript as external."
      />
      <div className="flex flex-col gap-6">
        <fieldset className="flex flex-wrap gap-2">
          <legend className="mb-2 text-sm font-medium text-foreground">Show</legend>
          {views.map((entry) => (
            <ChoicePill
              key={entry.status}
              name="show"
              value={entry.status}
              checked={entry.status === status}
              onChange={() => setParams({ show: entry.status })}
            >
              {entry.label}
            </ChoicePill>
          ))}
        </fieldset>
        <QueryView query={queue} about="the requests for PD credit" headingLevel={2}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title={view?.empty ?? "No requests."} icon={FileCheck} />
            ) : (
              <ul className="flex flex-col gap-4" aria-label={`${view?.label ?? ""} requests`}>
                {rows.map((request) => (
                  <li key={request.id}>
                    <QueuedRequestCard request={request} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </div>
    </>
  );
}
