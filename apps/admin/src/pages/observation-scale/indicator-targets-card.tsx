import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@throughline/ui/table";
import { TitledCard } from "@throughline/ui/titled-card";
import { useState } from "react";
import type { IndicatorTargetRow, ScaleLevel } from "./types.ts";

/** The select's value for "the district's target": an indicator's own target is null then. */
const districtTarget = "district";

/** Per indicator: the district's target or a level of its own, saved as soon as it is chosen. */
export function IndicatorTargetsCard({ scale }: { scale: readonly ScaleLevel[] }) {
  const queryClient = useQueryClient();
  const targets = useQuery(trpc.observations.indicatorTargets.queryOptions());
  const [status, setStatus] = useState<string | null>(null);
  const setTarget = useMutation(
    trpc.observations.setIndicatorTarget.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.observations.indicatorTargets.queryKey(), (rows) =>
          rows?.map((row) =>
            row.id === saved.indicatorId ? { ...row, targetRank: saved.targetRank } : row,
          ),
        );
      },
    }),
  );
  const districtLabel = scale.find((level) => level.isTarget)?.label ?? "none set";

  const choose = (row: IndicatorTargetRow, value: string) => {
    const targetRank = value === districtTarget ? null : Number(value);
    const levelName = scale.find((level) => level.rank === targetRank)?.label;
    setStatus(null);
    setTarget.mutate(
      { indicatorId: row.id, targetRank },
      {
        onSuccess: () =>
          setStatus(
            `Saved: ${row.code} now aims at ${levelName ?? `the district's target (${districtLabel})`}.`,
          ),
      },
    );
  };

  return (
    <TitledCard
      title="Targets per indicator"
      description="Most indicators aim at the district's target. Give one its own target when teachers should aim higher or lower there; recommendations follow at once."
      contentClassName="flex flex-col gap-4"
    >
      <div role="status" aria-live="polite">
        {status ? <Alert variant="success">{status}</Alert> : null}
      </div>
      {setTarget.isError ? (
        <Alert variant="error" title="The target was not saved">
          {setTarget.error.message}
        </Alert>
      ) : null}
      {targets.isPending ? <Loading variant="inline" label="Loading the indicators…" /> : null}
      {targets.isError ? (
        <ErrorState
          headingLevel={3}
          message="We could not load the indicators."
          onRetry={() => void targets.refetch()}
          retrying={targets.isFetching}
        />
      ) : null}
      {targets.data?.length === 0 ? (
        <EmptyState title="No indicators yet" headingLevel={3}>
          The framework has no indicators to set targets for.
        </EmptyState>
      ) : null}
      {targets.data && targets.data.length > 0 ? (
        <Table scrollLabel="Targets per indicator">
          <TableColumns names={["Indicator", "Target"]} />
          <TableBody>
            {targets.data.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <span className="font-medium">{row.code}</span> {row.title}
                </TableCell>
                <TableCell className="w-1/2 sm:w-64">
                  <select
                    aria-label={`Target for ${row.code} ${row.title}`}
                    value={row.targetRank === null ? districtTarget : String(row.targetRank)}
                    disabled={setTarget.isPending}
                    onChange={(event) => choose(row, event.target.value)}
                    className="block h-10 w-full min-w-40 rounded-md border border-input bg-surface px-3 text-base text-foreground"
                  >
                    <option value={districtTarget}>District target ({districtLabel})</option>
                    {scale.map((level) => (
                      <option key={level.rank} value={String(level.rank)}>
                        {level.label}
                      </option>
                    ))}
                  </select>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </TitledCard>
  );
}
