import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { type LibraryLicense, licenseUrls } from "@throughline/domain/library";
import { Button } from "@throughline/ui/button";
import { DataTable } from "@throughline/ui/data-table";
import { EmptyState } from "@throughline/ui/empty-state";
import { TitledSection } from "@throughline/ui/titled-section";
import { Library } from "lucide-react";
import { useState } from "react";
import { ItemPreviewCard } from "./item-preview-card.tsx";
import type { LibraryItemRow, ProgramOption } from "./types.ts";

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

/** Every stage shared on this installation, newest first; preview one to import it. */
export function LibraryItemsSection({
  items,
  programs,
}: {
  items: readonly LibraryItemRow[];
  programs: readonly ProgramOption[];
}) {
  const queryClient = useQueryClient();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = items.find((item) => item.id === chosenId) ?? null;
  const withdraw = useMutation(
    trpc.sharedLibrary.withdraw.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.sharedLibrary.items.queryFilter()),
    }),
  );
  return (
    <TitledSection headingId="library-items" title="Stages shared on this installation">
      {items.length === 0 ? (
        <EmptyState title="Nothing is shared yet" icon={Library}>
          Stages districts on this installation share appear here.
        </EmptyState>
      ) : (
        <DataTable
          scrollLabel="Shared stages"
          caption="Stages shared by the districts on this installation"
          rows={items}
          columns={[
            { header: "Stage", rowHeader: true, cell: (item) => item.title },
            { header: "Shared by", cell: (item) => item.publisherName },
            { header: "License", cell: (item) => licenseLink(item.license) },
            { header: "Version", numeric: true, cell: (item) => item.latestVersion },
            { header: "Sessions", numeric: true, cell: (item) => item.sessionCount },
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
      {chosen ? <ItemPreviewCard key={chosen.id} item={chosen} programs={programs} /> : null}
    </TitledSection>
  );
}
