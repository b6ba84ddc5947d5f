import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { useState } from "react";
import { FrameworkListPage } from "./framework-list-page.tsx";
import { IndicatorForm } from "./indicator-form.tsx";
import type { EditorIndicator } from "./types.ts";
import { useCanEditFramework } from "./use-can-edit.ts";

/** The observable practices of the framework; sessions and observations refer to them. */
export function IndicatorsPage() {
  const canEdit = useCanEditFramework();
  const indicators = useQuery(trpc.frameworkAdmin.indicators.queryOptions());
  const [editing, setEditing] = useState<EditorIndicator | null>(null);
  return (
    <FrameworkListPage
      title="Indicators"
      description="The practices the framework describes, numbered as printed."
      noun="indicators"
      query={indicators}
      canEdit={canEdit}
    >
      {(list) => (
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
              {list.map((indicator) => (
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
      )}
    </FrameworkListPage>
  );
}
