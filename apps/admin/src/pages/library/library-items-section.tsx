import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import {
  type LibraryKind,
  type LibraryLicense,
  libraryKinds,
  licenseUrls,
} from "@throughline/domain/library";
import { Button } from "@throughline/ui/button";
import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { SelectField } from "@throughline/ui/select-field";
import { TitledSection } from "@throughline/ui/titled-section";
import { Library } from "lucide-react";
import { useState } from "react";
import { ItemPreviewCard } from "./item-preview-card.tsx";
import { kindLabels, type LibraryItemRow, type ProgramOption, type StageOption } from "./types.ts";

const licenseLink = (license: string) => {
  const url = licenseUrls[license as LibraryLicense];
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      {license}
    </a>
  ) : (
    license
  );
};

/**
 * Everything shared on this installation, newest first, filtered by kind; preview one to import
 * it.
 */
export function LibraryItemsSection({
  items: allItems,
  programs,
  stages,
}: {
  items: readonly LibraryItemRow[];
  programs: readonly ProgramOption[];
  stages: readonly StageOption[];
}) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<LibraryKind | "all">("all");
  const items = allItems.filter((item) => kind === "all" || item.kind === kind);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = items.find((item) => item.id === chosenId) ?? null;
  const withdraw = useMutation(
    trpc.sharedLibrary.withdraw.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.sharedLibrary.items.queryFilter()),
    }),
  );
  return (
    <TitledSection headingId="library-items" title="Shared on this installation">
      <div className="max-w-xs">
        <SelectField
          label="Show"
          value={kind}
          onChange={(event) => setKind(event.target.value as LibraryKind | "all")}
        >
          <option value="all">Everything</option>
          {libraryKinds.map((option) => (
            <option key={option} value={option}>
              {kindLabels[option]}s
            </option>
          ))}
        </SelectField>
      </div>
      {items.length === 0 ? (
        <EmptyState title="Nothing is shared yet" icon={Library}>
          {kind === "all"
            ? "Programs, stages, sessions and micro-credentials districts on this installation share appear here."
            : `No ${kindLabels[kind].toLowerCase()} is shared yet.`}
        </EmptyState>
      ) : (
        <DataTable
          scrollLabel="Shared items"
          caption="What the districts on this installation share"
          rows={items}
          columns={[
            { header: "Title", rowHeader: true, cell: (item) => item.title },
            { header: "Kind", cell: (item) => kindLabels[item.kind] },
            { header: "Shared by", cell: (item) => item.publisherName },
            { header: "License", cell: (item) => licenseLink(item.license) },
            { header: "Version", numeric: true, cell: (item) => item.latestVersion },
            {
              header: "Sessions",
              numeric: true,
              cell: (item) => (item.kind === "credential" ? "—" : item.sessionCount),
            },
            {
              header: "Yours",
              cell: (item) =>
                item.own
                  ? "Shared by you"
                  : item.importedVersion
                    ? `Imported (version ${item.importedVersion})`
                    : "—",
            },
            {
              header: <span className="sr-only">Actions</span>,
              key: "actions",
              cell: (item) => (
                <div className="flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    aria-label={`Preview ${item.title}`}
                    onClick={() => setChosenId(item.id)}
                  >
                    Preview
                  </Button>
                  {item.own ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Stop sharing ${item.title}`}
                      disabled={withdraw.isPending}
                      onClick={() => withdraw.mutate({ itemId: item.id })}
                    >
                      Stop sharing
                    </Button>
                  ) : null}
                </div>
              ),
            },
          ]}
        />
      )}
      {chosen ? (
        <ItemPreviewCard key={chosen.id} item={chosen} programs={programs} stages={stages} />
      ) : null}
    </TitledSection>
  );
}
