import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { BadRowsTable } from "./bad-rows-table.tsx";
import { PreviewCounts } from "./preview-counts.tsx";
import type { RatingsPreview } from "./types.ts";

interface PreviewCardProps {
  fileName: string;
  preview: RatingsPreview;
  onImport: () => void;
  importing: boolean;
  /** Set once the file was imported: the button is not offered twice. */
  imported: boolean;
}

/** What importing the file would do, and the import button only when every row is good. */
export function PreviewCard({
  fileName,
  preview,
  onImport,
  importing,
  imported,
}: PreviewCardProps) {
  const { counts, badRows } = preview;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Preview of {fileName}</CardTitle>
        <CardDescription>Nothing has been imported yet.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <PreviewCounts counts={counts} />
        {counts.bad > 0 ? (
          <Alert variant="warning" title="Fix the file before importing">
            {counts.bad === 1 ? "1 row needs" : `${counts.bad} rows need`} fixing. Correct{" "}
            {counts.bad === 1 ? "it" : "them"} in your spreadsheet, save as CSV and choose the file
            again: nothing is imported until every row is good.
          </Alert>
        ) : counts.new === 0 ? (
          <Alert variant="info" title="Nothing new to import">
            {counts.unchanged} already imported, 0 new. Importing this file again would change
            nothing.
          </Alert>
        ) : imported ? null : (
          <div>
            <Button onClick={onImport} disabled={importing}>
              {importing
                ? "Importing…"
                : `Import ${counts.new} ${counts.new === 1 ? "rating" : "ratings"}`}
            </Button>
          </div>
        )}
      </CardContent>
      {badRows.length > 0 ? (
        <CardContent className="px-0">
          <BadRowsTable rows={badRows} />
        </CardContent>
      ) : null}
    </Card>
  );
}
