import { useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { AuditFilter } from "@throughline/domain/audit";
import { CsvDownloadButton } from "@throughline/ui/csv-download-button";

/** Downloads the entries the filters select as CSV, always fresh from the server. */
export function AuditCsvButton({ filter }: { filter: AuditFilter | null }) {
  const queryClient = useQueryClient();
  return (
    <CsvDownloadButton
      disabled={!filter}
      fetchCsv={() => {
        // The button is disabled without a valid filter; this only satisfies the types.
        if (!filter) return Promise.reject(new Error("Correct the filters first."));
        return queryClient.fetchQuery({ ...trpc.auditLog.csv.queryOptions(filter), staleTime: 0 });
      }}
    />
  );
}
