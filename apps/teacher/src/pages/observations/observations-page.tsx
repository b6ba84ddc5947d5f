import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Badge } from "@throughline/ui/badge";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatDay } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { Eye } from "lucide-react";
import { Link } from "react-router";
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
      {!list.isSuccess ? (
        <QueryState
          query={list}
          loading="Loading your observations…"
          errorTitle="Your observations could not be loaded"
        />
      ) : list.data.length === 0 ? (
        <EmptyState title="No observations yet" icon={Eye}>
          <p>When someone observes a lesson of yours and publishes it, it appears here.</p>
        </EmptyState>
      ) : (
        <ul className="flex max-w-3xl flex-col gap-2">
          {list.data.map((row) => (
            <li key={row.id}>
              <Link
                to={`/observations/${row.id}`}
                className="flex min-h-11 flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-surface p-4 hover:bg-muted"
              >
                <span className="flex flex-col">
                  <span className="font-medium text-primary underline">
                    {row.kind === "coaching" ? "Coaching observation" : "Walkthrough"} ·{" "}
                    {formatDay(row.observedOn)}
                  </span>
                  <span className="text-sm text-muted-foreground">by {row.observerName}</span>
                </span>
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
              </Link>
            </li>
          ))}
        </ul>
      )}
      <CoachingReceived />
    </>
  );
}
