import { MAXIMUM_ROSTER_CHARACTERS } from "@throughline/domain/oneroster/input";
import { FormField } from "@throughline/ui/form-field";
import { useState } from "react";
import { readRosterFiles } from "./read-roster-files.ts";
import type { RosterUpload } from "./types.ts";

interface RosterFileFieldProps {
  onRead: (upload: { names: string[]; files: RosterUpload }) => void;
  error: string | null;
  disabled?: boolean;
}

/** One picker for either export: the ZIP, or the loose CSV files chosen together. */
export function RosterFileField({ onRead, error, disabled }: RosterFileFieldProps) {
  const [localError, setLocalError] = useState<string | null>(null);
  return (
    <FormField
      label="Roster files"
      hint="The OneRoster 1.2 export from your SIS, Clever or ClassLink: the ZIP file, or manifest.csv, orgs.csv, users.csv and roles.csv (with classes.csv, courses.csv, academicSessions.csv and enrollments.csv if you have them) chosen together."
      type="file"
      multiple
      accept=".zip,.csv,application/zip,text/csv"
      disabled={disabled}
      error={localError ?? error}
      className="max-w-2xl [&_input]:h-auto [&_input]:py-2"
      onChange={async (event) => {
        const chosen = [...(event.target.files ?? [])];
        if (chosen.length === 0) return;
        // base64 makes a ZIP a third larger on the way.
        if (chosen.some((file) => file.size * 1.34 > MAXIMUM_ROSTER_CHARACTERS)) {
          setLocalError("A file is larger than 30 MB. Leave out files this import does not read.");
          return;
        }
        setLocalError(null);
        onRead({ names: chosen.map((file) => file.name), files: await readRosterFiles(chosen) });
        // Choosing the same files again (after fixing them) must read them again.
        event.target.value = "";
      }}
    />
  );
}
