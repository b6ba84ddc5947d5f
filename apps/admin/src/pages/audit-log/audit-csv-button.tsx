import { useQueryClient } from "@tanstack/react-query";
import type { AuditFilter } from "@throughline/domain/audit";
import { Button } from "@throughline/ui/button";
import { CircleAlert, Download } from "lucide-react";
import { useState } from "react";
import { trpc } from "../../lib/trpc.ts";

/** Hands the browser a file to save, without a round trip through a URL the server serves. */
function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the entries the filters select as CSV, always fresh from the server. */
export function AuditCsvButton({ filter }: { filter: AuditFilter | null }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });

  async function download(chosen: AuditFilter) {
    setState({ busy: true, error: null });
    try {
      const { fileName, csv } = await queryClient.fetchQuery({
        ...trpc.auditLog.csv.queryOptions(chosen),
        staleTime: 0,
      });
      saveFile(fileName, csv);
      setState({ busy: false, error: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : "Please try again.";
      setState({ busy: false, error: `The CSV could not be made. ${message}` });
    }
  }

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button
        variant="secondary"
        onClick={() => {
          if (filter) void download(filter);
        }}
        disabled={state.busy || !filter}
      >
        <Download aria-hidden="true" />
        {state.busy ? "Preparing CSV…" : "Download CSV"}
      </Button>
      <div aria-live="polite" className="text-sm">
        {state.error ? (
          <p className="flex items-center gap-1.5 font-medium text-danger">
            <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
            {state.error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
