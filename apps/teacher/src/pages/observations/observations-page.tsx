import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Badge } from "@throughline/ui/badge";
import { EmptyState } from "@throughline/ui/empty-state";
import { ObservationRowLink } from "@throughline/ui/observation-row-link";
import { PageHeader } from "@throughline/ui/page-header";
import { Eye } from "lucide-react";
import { CoachingReceived } from "./coaching-received.tsx";

/** The teacher's published observations, newest first, and the coaching logged with them. */
export function ObservationsPage() {
  const list = useQuery(trpc.observations.mine.queryOptions());
  return (
    <>
      <PageHeader
        title="Observations"
        description="What your coach or principal saw in your classroom, and your reflection on it."
      />
      <QueryView query={list} about="your observations">
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title="No observations yet" icon={Eye}>
              <p>When someone observes a lesson of yours and publishes it, it appears here.</p>
            </EmptyState>
          ) : (
            <ul className="flex max-w-3xl flex-col gap-2">
              {rows.map((row) => (
                <li key={row.id}>
                  <ObservationRowLink
                    to={`/observations/${row.id}`}
                    kindLabel={row.kind === "coaching" ? "Coaching observation" : "Walkthrough"}
                    observedOn={row.observedOn}
                    observerName={row.observerName}
                    className="p-4"
                  >
                    {row.access === "content" ? (
                      <span className="flex flex-wrap gap-1.5">
                        {row.acknowledged ? (
                          <Badge variant="success">Acknowledged</Badge>
                        ) : (
                          <Badge variant="warning">New</Badge>
                        )}
                        {row.reflected ? <Badge variant="info">Reflected</Badge> : null}
                      </span>
                    ) : null}
                  </ObservationRowLink>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <CoachingReceived />
    </>
  );
}
