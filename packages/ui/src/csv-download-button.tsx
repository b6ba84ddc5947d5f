import { CircleAlert, Download } from "lucide-react";
import { useState } from "react";
import { Button } from "./button.tsx";

/** Hands the browser a CSV to save, without a round trip through an address the server serves. */
export function saveCsvFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface CsvDownloadButtonProps {
  /** Makes the file, always fresh from the server. */
  fetchCsv: () => Promise<{ fileName: string; csv: string }>;
  disabled?: boolean;
}

/** "Download CSV": busy while the server makes the file, its message beside it if it fails. */
export function CsvDownloadButton({ fetchCsv, disabled = false }: CsvDownloadButtonProps) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });

  async function download() {
    setState({ busy: true, error: null });
    try {
      const { fileName, csv } = await fetchCsv();
      saveCsvFile(fileName, csv);
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
          void download();
        }}
        disabled={state.busy || disabled}
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
