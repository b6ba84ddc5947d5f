import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Loading } from "@throughline/ui/loading";
import type { ReactNode } from "react";

/**
 * Whether the viewer administers the district, as the API's access rules decide it
 * (`viewer.me`); undefined while the viewer is still loading.
 */
export function useDistrictAdmin(): boolean | undefined {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  if (viewer.isPending) return undefined;
  return viewer.data?.administers.district ?? false;
}

/**
 * What a district-wide settings page shows anyone else: its header, and who to ask. The server
 * refuses them anyway; this says so before they try.
 */
export function DistrictAdminsOnly({
  header,
  children,
}: {
  header: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {header}
      <Alert variant="info" title="For district administrators">
        {children}
      </Alert>
    </>
  );
}

/**
 * A page only district admins use: the header always, then the page's own content for them
 * (mounted only then, so it may fetch what only they may read) or who to ask for anyone else.
 */
export function DistrictAdminPage({
  header,
  notice,
  children,
}: {
  header: ReactNode;
  /** Who does this instead, for anyone who is not a district admin. */
  notice: ReactNode;
  children: ReactNode;
}) {
  const districtAdmin = useDistrictAdmin();
  if (districtAdmin === undefined) return <Loading label="Loading…" />;
  if (!districtAdmin) return <DistrictAdminsOnly header={header}>{notice}</DistrictAdminsOnly>;
  return (
    <>
      {header}
      {children}
    </>
  );
}
