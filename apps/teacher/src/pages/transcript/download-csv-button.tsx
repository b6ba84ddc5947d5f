import { useQueryClient } from "@tanstack/react-query";
import { CsvDownloadButton } from "@throughline/ui/csv-download-button";
import { trpc } from "../../lib/trpc.ts";

/** Downloads the year's transcript as CSV (always fresh from the server). */
export function DownloadCsvButton({ schoolYear }: { schoolYear: string }) {
  const queryClient = useQueryClient();
  return (
    <CsvDownloadButton
      fetchCsv={() =>
        queryClient.fetchQuery({
          ...trpc.transcript.csv.queryOptions({ schoolYear }),
          staleTime: 0,
        })
      }
    />
  );
}
