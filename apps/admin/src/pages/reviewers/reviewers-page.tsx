import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { DistrictAdminsOnly, useDistrictAdmin } from "../../lib/district-admin.tsx";
import { CredentialReviewersCard } from "./credential-reviewers-card.tsx";
import { ReviewSettingsForm } from "./review-settings-form.tsx";

/** Who reviews the district's micro-credentials, how long work waits, and how reviews run. */
export function ReviewersPage() {
  const districtAdmin = useDistrictAdmin();
  const overview = useQuery({
    ...trpc.credentialAdmin.reviewers.queryOptions(),
    enabled: districtAdmin === true,
  });
  const settings = useQuery({
    ...trpc.credentialAdmin.reviewSettings.queryOptions(),
    enabled: districtAdmin === true,
  });
  const header = (
    <PageHeader
      title="Reviewers"
      description="Lead reviewers are named here; others certify by passing a credential's calibration set. Certification lasts two school years."
    />
  );
  if (districtAdmin === undefined) return <Loading label="Loading…" />;
  if (!districtAdmin) {
    return (
      <DistrictAdminsOnly header={header}>
        Only district admins manage reviewers. Ask your district's PD administrator.
      </DistrictAdminsOnly>
    );
  }
  if (overview.isPending || settings.isPending) return <Loading label="Loading the reviewers…" />;
  if (overview.isError || settings.isError) {
    return (
      <>
        {header}
        <ErrorState
          message={overview.error?.message ?? settings.error?.message ?? ""}
          onRetry={() => {
            void overview.refetch();
            void settings.refetch();
          }}
          retrying={overview.isFetching || settings.isFetching}
        />
      </>
    );
  }
  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        <ReviewSettingsForm settings={settings.data} />
        {overview.data.credentials.length === 0 ? (
          <EmptyState title="No micro-credentials yet">
            Define a micro-credential first; then name its lead reviewers here.
          </EmptyState>
        ) : (
          overview.data.credentials.map((credential) => (
            <CredentialReviewersCard
              key={credential.id}
              credential={credential}
              candidates={overview.data.candidates}
            />
          ))
        )}
      </div>
    </>
  );
}
