import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { DistrictAdminsOnly, useDistrictAdmin } from "../../lib/district-admin.tsx";
import { PartnershipCard } from "./partnership-card.tsx";
import { ProposeForm } from "./propose-form.tsx";

/** Partner districts: propose, accept and end partnerships; lend and accept certified reviewers. */
export function PartnershipsPage() {
  const districtAdmin = useDistrictAdmin();
  const overview = useQuery({
    ...trpc.partnerships.overview.queryOptions(),
    enabled: districtAdmin === true,
  });
  const header = (
    <PageHeader
      title="Partner districts"
      description="Districts in a partnership share certified reviewers. A partner's reviewer reviews your submissions of one credential under your review rules, always without the teacher's name or school."
    />
  );
  if (districtAdmin === undefined) return <Loading label="Loading…" />;
  if (!districtAdmin) {
    return (
      <DistrictAdminsOnly header={header}>
        Only district admins manage partnerships. Ask your district's PD administrator.
      </DistrictAdminsOnly>
    );
  }
  if (overview.isPending) return <Loading label="Loading the partnerships…" />;
  if (overview.isError) {
    return (
      <>
        {header}
        <ErrorState
          message={overview.error.message}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      </>
    );
  }
  const { partnerships } = overview.data;
  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        {partnerships.length === 0 ? (
          <EmptyState title="No partnerships yet">
            Propose one below, or ask a partner district to propose one to you.
          </EmptyState>
        ) : (
          partnerships.map((partnership) => (
            <PartnershipCard
              key={partnership.id}
              partnership={partnership}
              overview={overview.data}
            />
          ))
        )}
        <ProposeForm ownShortName={overview.data.ownShortName} />
      </div>
    </>
  );
}
