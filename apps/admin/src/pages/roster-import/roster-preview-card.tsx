import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { confirmationLabel, DeactivationList } from "./deactivation-list.tsx";
import { RosterCounts } from "./roster-counts.tsx";
import { RosterProblemsTable } from "./roster-problems-table.tsx";
import type { RosterReview } from "./types.ts";

interface RosterPreviewCardProps {
  review: RosterReview;
  skipBadRows: boolean;
  onSkipBadRowsChange: (skip: boolean) => void;
  confirmedDeactivations: boolean;
  onConfirmedDeactivationsChange: (confirmed: boolean) => void;
  onImport: () => void;
  importing: boolean;
}

function badRowsText(count: number): string {
  return count === 1 ? "1 bad row" : `${count} bad rows`;
}

/**
 * What importing would do, the problems by file and line, and the import button. Bad rows are
 * skipped only when the admin ticks the box; a problem with a whole file stops the import.
 */
export function RosterPreviewCard({
  review,
  skipBadRows,
  onSkipBadRowsChange,
  confirmedDeactivations,
  onConfirmedDeactivationsChange,
  onImport,
  importing,
}: RosterPreviewCardProps) {
  const { problems, badRows, notes, files, deactivations } = review;
  const blocked = problems.length > 0;
  const mayImport =
    !blocked &&
    (badRows.length === 0 || skipBadRows) &&
    (!deactivations.needsConfirmation || confirmedDeactivations);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Preview</CardTitle>
        <CardDescription>
          {files.length > 0
            ? `Read ${files.map((file) => `${file.file} (${file.rows} rows, ${file.mode})`).join(", ")}. `
            : null}
          Nothing has been imported yet.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {blocked ? null : <RosterCounts counts={review.counts} />}
        {notes.length > 0 ? (
          <ul className="list-disc pl-5 text-sm text-muted-foreground">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {/* Before the bad rows: people losing access matters more than rows to fix. */}
        {blocked ? null : <DeactivationList deactivations={deactivations} />}
        {blocked ? (
          <Alert variant="error" title="Fix the files before importing">
            {problems.length === 1 ? "A file has a problem" : "Files have problems"} that stop the
            whole import. Correct the export and choose the files again.
          </Alert>
        ) : badRows.length > 0 ? (
          <Alert variant="warning" title={`${badRowsText(badRows.length)} to fix`}>
            Fix {badRows.length === 1 ? "it" : "them"} in your SIS and export again, or import the
            valid rows now and leave {badRows.length === 1 ? "it" : "them"} out.
          </Alert>
        ) : null}
      </CardContent>
      {blocked ? (
        <CardContent className="px-0">
          <RosterProblemsTable label="File problems" rows={problems} />
        </CardContent>
      ) : null}
      {badRows.length > 0 ? (
        <CardContent className="px-0">
          <RosterProblemsTable label="Rows to fix" rows={badRows} />
        </CardContent>
      ) : null}
      {blocked ? null : (
        <CardContent className="flex flex-col gap-3">
          {deactivations.needsConfirmation ? (
            <CheckboxField
              label={confirmationLabel(deactivations.count)}
              checked={confirmedDeactivations}
              onChange={onConfirmedDeactivationsChange}
              disabled={importing}
            />
          ) : null}
          {badRows.length > 0 ? (
            <CheckboxField
              label={`Import the valid rows and skip ${badRowsText(badRows.length)}`}
              checked={skipBadRows}
              onChange={onSkipBadRowsChange}
              disabled={importing}
            />
          ) : null}
          <div>
            <Button onClick={onImport} disabled={!mayImport || importing}>
              {importing ? "Importing…" : "Import roster"}
            </Button>
          </div>
        </CardContent>
      )}
    </Card>
  );
}
