import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { FileCheck } from "lucide-react";
import { Link, useLocation } from "react-router";
import { RequestCard } from "./request-card.tsx";

function savedMessageOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("saved" in state)) return null;
  return typeof state.saved === "string" ? state.saved : null;
}

/** My requests for credit for PD taken elsewhere: status, the reviewer's reason, what I can do. */
export function ExternalPdRequestsPage() {
  const requests = useQuery(trpc.externalPd.mine.queryOptions());
  const saved = savedMessageOf(useLocation().state);
  return (
    <>
      <PageHeader
        title="PD credit"
        description="Credit for professional learning you took elsewhere: a conference, a workshop, a course. Approved hours join your PD hours as external."
        aside={
          <Button asChild>
            <Link to="/pd-credit/new">Request credit</Link>
          </Button>
        }
      />
      <div className="flex flex-col gap-6">
        {saved ? <Alert variant="success">{saved}</Alert> : null}
        <QueryView query={requests} about="your requests for PD credit" headingLevel={2}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title="No requests yet" icon={FileCheck}>
                <p>
                  Took a conference, an IB workshop or a university course? Request credit with your
                  certificate, and once approved its hours count on your transcript.
                </p>
              </EmptyState>
            ) : (
              <ul className="flex flex-col gap-4" aria-label="My requests for PD credit">
                {rows.map((request) => (
                  <li key={request.id}>
                    <RequestCard request={request} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
        <p className="text-sm">
          <Link to="/pd-hours" className="text-primary underline underline-offset-4">
            See your PD hours
          </Link>
        </p>
      </div>
    </>
  );
}
