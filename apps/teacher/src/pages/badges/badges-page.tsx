import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { Award } from "lucide-react";
import { Link } from "react-router";
import { BadgeCard } from "./badge-card.tsx";

/** My earned micro-credentials as badges anyone can verify, with the ways to share them. */
export function BadgesPage() {
  const badges = useQuery(trpc.credentials.myBadges.queryOptions());
  if (!badges.isSuccess) {
    return (
      <QueryState
        query={badges}
        loading="Loading your badges…"
        errorTitle="Your badges could not be loaded"
        headingLevel={1}
      />
    );
  }
  return (
    <>
      <PageHeader
        title="My badges"
        description="Micro-credentials you earned, as signed Open Badges anyone can verify."
      />
      {badges.data.badges.length === 0 ? (
        <EmptyState
          title="No badges yet"
          icon={Award}
          action={
            <Link to="/credentials" className="text-primary underline hover:text-primary-hover">
              Browse micro-credentials
            </Link>
          }
        >
          <p>
            When a certified reviewer finds your evidence meets the rubric, your badge appears here.
          </p>
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-4">
          {badges.data.badges.map((badge) => (
            <li key={badge.id}>
              <BadgeCard badge={badge} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
