import { pdActivityKindSchema } from "@throughline/domain/transcript";
import { Card } from "@throughline/ui/card";
import { formatHours, kindLabels } from "./format.ts";
import type { PdHoursTotals } from "./types.ts";

const kinds = pdActivityKindSchema.options;

/** The year's hours at a glance: the total, then each kind, then PD taken elsewhere. */
export function TotalsSummary({ totals }: { totals: PdHoursTotals }) {
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="sr-only">
        Totals for {totals.schoolYear}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card className="flex flex-col gap-1 border-primary/30 bg-primary-soft px-5 py-4">
          <dt className="text-sm font-medium text-primary-soft-foreground">Total PD hours</dt>
          <dd className="flex items-baseline gap-2">
            <span className="text-3xl font-semibold tabular-nums text-foreground">
              {formatHours(totals.total.hours)}
            </span>
            <span className="text-sm text-muted-foreground">
              hours · {totals.total.minutes} min
            </span>
          </dd>
        </Card>
        {kinds.map((kind) => (
          <Card key={kind} className="flex flex-col gap-1 px-5 py-4">
            <dt className="text-sm font-medium text-muted-foreground">{kindLabels[kind]}s</dt>
            <dd className="flex items-baseline gap-2">
              <span className="text-2xl font-semibold tabular-nums text-foreground">
                {formatHours(totals.byKind[kind].hours)}
              </span>
              <span className="text-sm text-muted-foreground">
                hours · {totals.byKind[kind].minutes} min
              </span>
            </dd>
          </Card>
        ))}
        <Card className="flex flex-col gap-1 px-5 py-4">
          <dt className="text-sm font-medium text-muted-foreground">External PD (approved)</dt>
          <dd className="flex items-baseline gap-2">
            <span className="text-2xl font-semibold tabular-nums text-foreground">
              {formatHours(totals.external.hours)}
            </span>
            <span className="text-sm text-muted-foreground">
              hours · {totals.external.minutes} min
            </span>
          </dd>
        </Card>
      </dl>
    </section>
  );
}
