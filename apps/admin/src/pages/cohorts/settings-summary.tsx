import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDate, formatDateTime, formatDuration } from "@throughline/ui/format";
import { Pencil } from "lucide-react";
import type { ReactNode } from "react";
import { releaseLabel } from "./release-label.ts";
import type { CohortDetail } from "./types.ts";

function Item({
  term,
  children,
  wide = false,
}: {
  term: string;
  children: ReactNode;
  /** Spans both columns; the group stays a direct child of the list, as a dl needs. */
  wide?: boolean;
}) {
  return (
    <div className={wide ? "flex flex-col gap-0.5 sm:col-span-2" : "flex flex-col gap-0.5"}>
      <dt className="text-sm font-medium text-muted-foreground">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

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
          <Item term="Coach">{cohort.coach?.displayName ?? "No coach yet"}</Item>
          <Item term="Release">
            {releaseLabel(cohort.releaseMode)}
            {cohort.releaseMode === "dated" && first && last
              ? `: ${releases.length} sessions open from ${formatDate(first.releasesAt)} to ${formatDate(last.releasesAt)}`
              : null}
          </Item>
          <Item term="Workshop">
            {workshop.startsAt ? formatDateTime(workshop.startsAt) : "Not scheduled yet"}
            {` · ${formatDuration(workshop.minutes)}`}
          </Item>
          <Item term="Where">
            {workshop.location ?? "No room yet"}
            {workshop.videoUrl ? (
              <>
                {" · "}
                <a href={workshop.videoUrl} className="text-primary underline">
                  Video link
                </a>
              </>
            ) : null}
          </Item>
          {workshop.description ? (
            <Item term="About the workshop" wide>
              {workshop.description}
            </Item>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}
