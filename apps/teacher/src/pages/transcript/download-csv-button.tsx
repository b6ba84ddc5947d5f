import { useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { CsvDownloadButton } from "@throughline/ui/csv-download-button";

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
