import { useQuery } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { useState } from "react";
import { Link } from "react-router";
import { trpc } from "../../lib/trpc.ts";
import { IndicatorForm } from "./indicator-form.tsx";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import type { EditorIndicator } from "./types.ts";
import { useCanEditFramework } from "./use-can-edit.ts";

/** The observable practices of the framework; sessions and observations refer to them. */
export function IndicatorsPage() {
  const canEdit = useCanEditFramework();
  const indicators = useQuery(trpc.frameworkAdmin.indicators.queryOptions());
  const [editing, setEditing] = useState<EditorIndicator | null>(null);
  const header = (
    <>
      <div className="mb-4">
        <Link to="/framework" className="text-sm font-medium text-primary underline">
          Back to the framework
        </Link>
      </div>
      <PageHeader
        title="Indicators"
        description="The practices the framework describes, numbered as printed."
      />
    </>
  );
  if (indicators.isPending) return <Loading label="Loading the indicators…" />;
  if (indicators.isError) {
    return (
      <>
        {header}
        <ErrorState
          message="We could not load the indicators."
          onRetry={() => void indicators.refetch()}
          retrying={indicators.isFetching}
        />
      </>
    );
  }
  return (
    <>
      {header}
      {canEdit ? null : <ReadOnlyNotice />}
      <div className="flex flex-col gap-8">
        <Table scrollLabel="Indicators">
          <TableHeader>
            <TableRow>
              <TableHead>Code</TableHead>
              <TableHead>Title</TableHead>
              <TableHead>What it looks like</TableHead>
              {canEdit ? (
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {indicators.data.map((indicator) => (
              <TableRow key={indicator.id}>
                <TableCell className="font-medium">{indicator.code}</TableCell>
                <TableCell>{indicator.title}</TableCell>
                <TableCell className="text-muted-foreground">{indicator.description}</TableCell>
                {canEdit ? (
                  <TableCell className="text-right">
                    <Button variant="secondary" size="sm" onClick={() => setEditing(indicator)}>
                      Edit<span className="sr-only"> {indicator.code}</span>
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {canEdit ? (
          <IndicatorForm
            key={editing?.id ?? "new"}
            indicator={editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </div>
    </>
  );
}
