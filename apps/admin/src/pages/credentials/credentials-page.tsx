import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Alert } from "@throughline/ui/alert";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { Award } from "lucide-react";
import { Link, useLocation } from "react-router";
import { AwardedBadges } from "./awarded-badges.tsx";
import { CredentialsTable } from "./credentials-table.tsx";
import { IssuerProfileCard } from "./issuer-profile-card.tsx";

function savedMessageOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("saved" in state)) return null;
  return typeof state.saved === "string" ? state.saved : null;
}

/** The district's micro-credentials and, for district admins, the badges awarded. */
export function CredentialsPage() {
  const list = useQuery(trpc.credentialAdmin.list.queryOptions());
  const saved = savedMessageOf(useLocation().state);
  const newLink = (
    <Link to="/credentials/new" className={buttonClasses()}>
      New micro-credential
    </Link>
  );
  const canEdit = list.data?.canEdit ?? false;
  const header = (
    <PageHeader
      title="Micro-credentials"
      description="Mastery shown with classroom evidence, reviewed against a rubric, awarded as a verifiable badge."
      aside={canEdit ? newLink : null}
    />
  );
  if (!list.isSuccess) {
    return (
      <>
        {header}
        <QueryState query={list} loading="Loading the micro-credentials…" />
      </>
    );
  }
  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        <div role="status" aria-live="polite">
          {saved ? <Alert variant="success" title={saved} /> : null}
        </div>
        {list.data.credentials.length === 0 ? (
          <EmptyState
            title="No micro-credentials yet"
            icon={Award}
            action={canEdit ? newLink : null}
          >
            Define one: the evidence it asks for, its rubric and how it is passed.
          </EmptyState>
        ) : (
          <TitledCard title="Definitions">
            <CredentialsTable credentials={list.data.credentials} />
          </TitledCard>
        )}
        {canEdit ? <AwardedBadges /> : null}
        {canEdit ? <IssuerProfileCard /> : null}
      </div>
    </>
  );
}
