import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { Award } from "lucide-react";
import { Link } from "react-router";
import { BadgeCard } from "./badge-card.tsx";
import type { MyBadges } from "./types.ts";

/** My earned micro-credentials as badges anyone can verify, with the ways to share them. */
export function BadgesPage() {
  return (
    <QueryPage options={trpc.credentials.myBadges.queryOptions()} about="your badges">
      {(data) => <BadgeList data={data} />}
    </QueryPage>
  );
}

/** The badges once they came, or the way to earn the first. */
function BadgeList({ data }: { data: MyBadges }) {
  return (
    <>
      <PageHeader
        title="My badges"
        description="Micro-credentials you earned, as signed Open Badges anyone can verify."
      />
      {data.badges.length === 0 ? (
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
          {data.badges.map((badge) => (
            <li key={badge.id}>
              <BadgeCard badge={badge} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
