import { Badge, type BadgeVariant } from "@throughline/ui/badge";
import { Card } from "@throughline/ui/card";
import { DataTable } from "@throughline/ui/data-table";
import { formatDay } from "@throughline/ui/format";
import { TableCell, TableHead, TableRow } from "@throughline/ui/table";
import { activityLabel, formatHours } from "./format.ts";
import type { PdActivity, Transcript } from "./types.ts";

const kindVariants: Record<PdActivity["kind"], BadgeVariant> = {
  workshop: "primary",
  micropd: "info",
  support_meeting: "success",
  micro_credential: "warning",
  coaching: "neutral",
  external: "neutral",
};

/** Every activity of the year, oldest first, with the year's total in the footer. */
export function ActivitiesTable({ transcript }: { transcript: Transcript }) {
  const { activities, totals, schoolYear } = transcript;
  return (
    <Card className="overflow-hidden">
      <DataTable
        scrollLabel={`PD activities, ${schoolYear}`}
        caption={`Professional learning for ${transcript.person.displayName} in the ${schoolYear} school year: workshops attended, MicroPD sessions completed, support meetings attended, micro-credentials earned and approved PD taken elsewhere (External, with its provider). Dates are in ${transcript.timeZone} time; the total adds up the hours of the rows.`}
        captionClassName="px-4 pb-4 sm:px-6"
        rows={activities}
        rowKey={(activity, index) => `${activity.kind}-${activity.date.toISOString()}-${index}`}
        columns={[
          {
            key: "date",
            header: (
              <>
                Date <span className="sr-only">({transcript.timeZone})</span>
              </>
            ),
            headClassName: "w-24 pl-4 sm:w-36 sm:pl-6",
            className: "pl-4 tabular-nums sm:pl-6 sm:whitespace-nowrap",
            cell: (activity) => <time dateTime={activity.day}>{formatDay(activity.day)}</time>,
          },
          {
            header: "Title",
            cell: (activity) => (
              <span className="flex flex-col items-start gap-1">
                <span className="font-medium">{activity.title}</span>
                {activity.external ? (
                  <span className="text-sm text-muted-foreground">
                    {activity.external.provider}
                    {activity.external.startOn !== activity.day
                      ? ` · from ${formatDay(activity.external.startOn)}`
                      : null}
                  </span>
                ) : null}
                {/* On a phone the kind sits under the title, and hours stand for minutes. */}
                <Badge variant={kindVariants[activity.kind]} className="sm:hidden">
                  {activityLabel(activity.kind)}
                </Badge>
              </span>
            ),
          },
          {
            header: "Activity",
            headClassName: "hidden w-44 sm:table-cell",
            className: "hidden sm:table-cell",
            cell: (activity) => (
              <Badge variant={kindVariants[activity.kind]}>{activityLabel(activity.kind)}</Badge>
            ),
          },
          {
            header: "Minutes",
            numeric: true,
            headClassName: "hidden w-24 sm:table-cell",
            className: "hidden sm:table-cell",
            cell: (activity) => activity.minutes,
          },
          {
            header: "Hours",
            numeric: true,
            headClassName: "w-16 pr-4 sm:w-24 sm:pr-6",
            className: "pr-4 sm:pr-6",
            cell: (activity) => formatHours(activity.hours),
          },
        ]}
        footer={
          <TableRow>
            <TableHead
              scope="row"
              colSpan={2}
              className="pl-4 text-sm text-foreground normal-case sm:pl-6"
            >
              Total for {schoolYear}
            </TableHead>
            <TableCell className="hidden sm:table-cell" />
            <TableCell className="hidden text-right tabular-nums sm:table-cell">
              {totals.total.minutes}
            </TableCell>
            <TableCell className="pr-4 text-right tabular-nums sm:pr-6">
              {formatHours(totals.total.hours)}
            </TableCell>
          </TableRow>
        }
      />
    </Card>
  );
}
