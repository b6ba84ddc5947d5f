import { Button } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { SearchX } from "lucide-react";
import { CaseloadFilters } from "./caseload-filters.tsx";
import { CaseloadTable } from "./caseload-table.tsx";
import { useCaseloadUrlFilters } from "./caseload-url-filters.ts";
import { countFlags, filterRows, noFilters, programsOf } from "./filter-rows.ts";
import { FlagSummary } from "./flag-summary.tsx";
import type { Caseload } from "./types.ts";

/** The coach's caseload: flag counts, filters (kept in the address), and the sortable table of teachers. */
export function CaseloadView({ caseload }: { caseload: Caseload }) {
  const [filters, setFilters] = useCaseloadUrlFilters();
  const rows = filterRows(caseload.rows, filters);
  const filtered = rows.length !== caseload.rows.length;
  return (
    <div className="flex flex-col gap-6">
      <FlagSummary
        counts={countFlags(caseload.rows)}
        active={filters.flagKind}
        onSelect={(flagKind) => setFilters({ flagKind })}
      />
      <CaseloadFilters
        filters={filters}
        teams={caseload.teams}
        programs={programsOf(caseload.rows)}
        onChange={setFilters}
      />
      <CaseloadTable
        rows={rows}
        caption={
          filtered
            ? `Teachers: ${rows.length} of ${caseload.rows.length} shown`
            : `Teachers: all ${caseload.rows.length}`
        }
        empty={
          <EmptyState
            title="No teachers match"
            icon={SearchX}
            action={
              <Button variant="secondary" onClick={() => setFilters(noFilters)}>
                Clear filters
              </Button>
            }
          >
            <p>Try another name, team, program or flag.</p>
          </EmptyState>
        }
      />
    </div>
  );
}
