import { MAXIMUM_RATINGS_CSV_CHARACTERS } from "@throughline/domain/ratings-import";
import { FormField } from "@throughline/ui/form-field";
import { useState } from "react";

interface CsvFileFieldProps {
  /** The file's text and name, read in the browser. */
  onRead: (file: { name: string; text: string }) => void;
  /** The server's message about the file, shown next to the field. */
  error: string | null;
  disabled?: boolean;
}

/** Picks a .csv file and reads it as text; a file over the limit is refused before sending. */
export function CsvFileField({ onRead, error, disabled }: CsvFileFieldProps) {
  const [localError, setLocalError] = useState<string | null>(null);
  return (
    <FormField
      label="CSV file"
      hint="Columns: teacher (email or OneRoster sourcedId), indicator_code, level (name or number), date (YYYY-MM-DD), source. At most 2 MB."
      type="file"
      accept=".csv,text/csv"
      disabled={disabled}
      error={localError ?? error}
      className="max-w-xl [&_input]:h-auto [&_input]:py-2"
      onChange={async (event) => {
        const file = event.target.files?.[0];
        if (!file) return;
        if (file.size > MAXIMUM_RATINGS_CSV_CHARACTERS) {
          setLocalError(
            "The file is larger than 2 MB. Split it into smaller files and import them one by one.",
          );
          return;
        }
        setLocalError(null);
        onRead({ name: file.name, text: await file.text() });
        // Choosing the same file again (after fixing it) must read it again.
        event.target.value = "";
      }}
    />
  );
}
