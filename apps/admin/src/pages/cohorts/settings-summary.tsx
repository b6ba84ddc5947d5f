import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDate, formatDateTime, formatDuration } from "@throughline/ui/format";
import { TermItem } from "@throughline/ui/term-item";
import { Pencil } from "lucide-react";
import { releaseLabel } from "./release-label.ts";
import type { CohortDetail } from "./types.ts";

/** The cohort's coach, pace and workshop at a glance, with the way to change them. */
export function SettingsSummary({ cohort, onEdit }: { cohort: CohortDetail; onEdit: () => void }) {
  const { workshop, releases } = cohort;
  const first = releases[0];
  const last = releases.at(-1);
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <CardTitle>Settings</CardTitle>
        <Button variant="secondary" size="sm" onClick={onEdit}>
          <Pencil aria-hidden="true" />
          Edit settings
        </Button>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2">
          <TermItem term="Coach">{cohort.coach?.displayName ?? "No coach yet"}</TermItem>
          <TermItem term="Release">
            {releaseLabel(cohort.releaseMode)}
            {cohort.releaseMode === "dated" && first && last
              ? `: ${releases.length} sessions open from ${formatDate(first.releasesAt)} to ${formatDate(last.releasesAt)}`
              : null}
          </TermItem>
          <TermItem term="Workshop">
            {workshop.startsAt ? formatDateTime(workshop.startsAt) : "Not scheduled yet"}
            {` · ${formatDuration(workshop.minutes)}`}
          </TermItem>
          <TermItem term="Where">
            {workshop.location ?? "No room yet"}
            {workshop.videoUrl ? (
              <>
                {" · "}
                <a href={workshop.videoUrl} className="text-primary underline">
                  Video link
                </a>
              </>
            ) : null}
          </TermItem>
          {workshop.description ? (
            <TermItem wideFrom="sm" term="About the workshop" wide>
              {workshop.description}
            </TermItem>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}
