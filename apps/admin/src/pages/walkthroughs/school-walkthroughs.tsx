import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { EmptyState } from "@throughline/ui/empty-state";
import { TitledCard } from "@throughline/ui/titled-card";
import { ClipboardList } from "lucide-react";
import { useState } from "react";
import { HeatmapTable } from "./heatmap-table.tsx";
import { LevelLegend } from "./level-swatch.tsx";
import type { PeriodChoice, SelectedCell } from "./types.ts";
import { VisitsCard } from "./visits-card.tsx";
import { WalkthroughList } from "./walkthrough-list.tsx";

/** The heatmap, the walkthroughs behind a chosen cell, and the visits of one school's period. */
export function SchoolWalkthroughs({ period }: { period: PeriodChoice }) {
  const heatmap = useQuery(trpc.walkthroughs.heatmap.queryOptions(period));
  const [selected, setSelected] = useState<SelectedCell | null>(null);

  return (
    <>
      <TitledCard
        title="Levels by indicator and team"
        description="The middle (median) level of each teacher's latest walkthrough in the period. A cell with fewer than 3 teachers is not shown, so it cannot single anyone out. Choose a cell to see its walkthroughs."
        contentClassName="flex flex-col gap-4 px-0"
      >
        {!heatmap.isSuccess ? (
          <QueryState query={heatmap} about="the walkthroughs" placement="card" />
        ) : heatmap.data.walkthroughCount === 0 ? (
          <EmptyState
            className="mx-6"
            headingLevel={3}
            title="No walkthroughs in this period"
            icon={ClipboardList}
          >
            <p>
              Published walkthroughs of this school's teachers appear here. Try a longer period.
            </p>
          </EmptyState>
        ) : (
          <>
            <HeatmapTable heatmap={heatmap.data} selected={selected} onSelect={setSelected} />
            <div className="px-6">
              <LevelLegend levels={heatmap.data.levels} />
            </div>
          </>
        )}
      </TitledCard>
      {selected ? (
        <WalkthroughList period={period} cell={selected} onClose={() => setSelected(null)} />
      ) : null}
      <VisitsCard period={period} />
    </>
  );
}
