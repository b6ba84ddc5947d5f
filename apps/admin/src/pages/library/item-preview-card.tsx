import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { FormCard } from "@throughline/ui/form-card";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { firstTargets, ImportedAlert, ImportTargetFields, targetFor } from "./import-target.tsx";
import { PreviewContent } from "./preview-content.tsx";
import { kindLabels, type LibraryItemRow, type ProgramOption, type StageOption } from "./types.ts";

/**
 * A library item's latest version and the import: a copy the district then adapts like its own
 * (a stage into a program, a session into a stage, a new program, an archived micro-credential).
 */
export function ItemPreviewCard({
  item,
  programs,
  stages,
}: {
  item: LibraryItemRow;
  programs: readonly ProgramOption[];
  stages: readonly StageOption[];
}) {
  const queryClient = useQueryClient();
  const preview = useQuery(trpc.sharedLibrary.item.queryOptions({ itemId: item.id }));
  const [targets, setTargets] = useState(firstTargets(programs, stages));
  const importItem = useMutation(
    trpc.sharedLibrary.importItem.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  );
  const what = kindLabels[item.kind].toLowerCase();
  return (
    <FormCard
      title={`“${item.title}” from ${item.publisherName}`}
      description={`${kindLabels[item.kind]} · ${item.license}, version ${item.latestVersion}. Credit: ${item.attribution}`}
      onSubmit={() => importItem.mutate({ itemId: item.id, ...targetFor(item.kind, targets) })}
    >
      <QueryView query={preview} about={`this ${what}`} headingLevel={3}>
        {(found) => <PreviewContent preview={found} />}
      </QueryView>
      {item.own ? (
        <p className="text-sm text-muted-foreground">This is your district's own {what}.</p>
      ) : (
        <>
          <ImportTargetFields
            kind={item.kind}
            programs={programs}
            stages={stages}
            targets={targets}
            error={importItem.error}
            disabled={importItem.isPending}
            onChange={(next) => {
              importItem.reset();
              setTargets(next);
            }}
          />
          <SaveFooter
            save={importItem}
            label="Import a copy"
            pendingLabel="Importing…"
            failedTitle={`The ${what} was not imported`}
          />
        </>
      )}
      {importItem.data ? <ImportedAlert copy={importItem.data} /> : null}
    </FormCard>
  );
}
