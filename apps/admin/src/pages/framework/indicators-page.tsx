import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { buttonColumn } from "@throughline/ui/button-column";
import { DataTable } from "@throughline/ui/data-table";
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
          <DataTable
            scrollLabel="Indicators"
            rows={list}
            columns={[
              { header: "Code", className: "font-medium", cell: (indicator) => indicator.code },
              { header: "Title", cell: (indicator) => indicator.title },
              {
                header: "Program",
                cell: (indicator) => indicator.programTitle ?? "All programs",
              },
              {
                header: "What it looks like",
                className: "text-muted-foreground",
                cell: (indicator) => indicator.description,
              },
              ...(canEdit
                ? [
                    buttonColumn(
                      "Actions",
                      (indicator: EditorIndicator) => (
                        <Button variant="secondary" size="sm" onClick={() => setEditing(indicator)}>
                          Edit<span className="sr-only"> {indicator.code}</span>
                        </Button>
                      ),
                      "text-right",
                    ),
                  ]
                : []),
            ]}
          />
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
