import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { DataTable } from "@throughline/ui/data-table";
import { formatDay } from "@throughline/ui/format";
import { X } from "lucide-react";
import type { PeriodChoice, SelectedCell } from "./types.ts";

interface WalkthroughListProps {
  period: PeriodChoice;
  cell: SelectedCell;
  onClose: () => void;
}

/** The walkthroughs behind one shown heatmap cell: when, whom, by whom, and the levels seen. */
export function WalkthroughList({ period, cell, onClose }: WalkthroughListProps) {
  const list = useQuery(
    trpc.walkthroughs.list.queryOptions({
      ...period,
      teamId: cell.teamId === "whole-school" ? null : cell.teamId,
      indicatorId: cell.indicatorId,
    }),
  );
  return (
    <Card aria-live="polite">
      <CardHeader className="flex flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1.5">
          <CardTitle>Walkthroughs behind this cell</CardTitle>
          <CardDescription>
            {cell.teamName} · {cell.indicatorLabel}
          </CardDescription>
        </div>
        <Button variant="ghost" size="sm" onClick={onClose}>
          <X aria-hidden="true" className="size-4" />
          Close
        </Button>
      </CardHeader>
      <CardContent className="px-0">
        {!list.isSuccess ? (
          <QueryState query={list} about="the walkthroughs" placement="card" />
        ) : (
          <DataTable
            scrollLabel="Walkthroughs behind the cell"
            rows={list.data}
            columns={[
              {
                header: "Date",
                headClassName: "pl-6",
                className: "pl-6 whitespace-nowrap",
                cell: (walkthrough) => formatDay(walkthrough.observedOn),
              },
              { header: "Teacher", cell: (walkthrough) => walkthrough.teacher.name },
              { header: "Observer", cell: (walkthrough) => walkthrough.observer.name },
              {
                header: "Levels",
                cell: (walkthrough) => (
                  <ul className="flex flex-col gap-0.5">
                    {walkthrough.levels.map((level) => (
                      <li key={level.indicatorId}>
                        <span className="text-muted-foreground">{level.code}</span> {level.label}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}
