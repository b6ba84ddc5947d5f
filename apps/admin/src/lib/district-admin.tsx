import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import type { ReactNode } from "react";

/** Whether the viewer is a district admin; undefined while the viewer is still loading. */
export function useDistrictAdmin(): boolean | undefined {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  if (viewer.isPending) return undefined;
  return viewer.data?.roles.some((entry) => entry.role === "district_admin") ?? false;
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
