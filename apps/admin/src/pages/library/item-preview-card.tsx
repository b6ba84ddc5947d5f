import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Alert } from "@throughline/ui/alert";
import { FormCard } from "@throughline/ui/form-card";
import { useState } from "react";
import { Link } from "react-router";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { firstOpenProgram, ProgramSelect } from "./program-select.tsx";
import type { LibraryItemRow, ProgramOption } from "./types.ts";

/**
 * A library item's latest version, session by session, and the import: a copy of the stage,
 * last in the chosen program, that the district then adapts like any stage of its own.
 */
export function ItemPreviewCard({
  item,
  programs,
}: {
  item: LibraryItemRow;
  programs: readonly ProgramOption[];
}) {
  const queryClient = useQueryClient();
  const preview = useQuery(trpc.sharedLibrary.item.queryOptions({ itemId: item.id }));
  const [programId, setProgramId] = useState(firstOpenProgram(programs));
  const importItem = useMutation(
    trpc.sharedLibrary.importItem.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.sharedLibrary.items.queryFilter()),
          queryClient.invalidateQueries(trpc.frameworkAdmin.stages.queryFilter()),
        ]),
    }),
  );
  return (
    <FormCard
      title={`“${item.title}” from ${item.publisherName}`}
      description={`${item.license}, version ${item.latestVersion}. Credit: ${item.attribution}`}
      onSubmit={() => importItem.mutate({ itemId: item.id, programId })}
    >
      <QueryView query={preview} about="this stage's sessions" headingLevel={3}>
        {(found) => (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-foreground">{found.summary}</p>
            {found.notes ? (
              <p className="text-sm text-muted-foreground">
                What changed in version {found.version}: {found.notes}
              </p>
            ) : null}
            <ol aria-label="Sessions" className="flex list-decimal flex-col gap-2 pl-5 text-sm">
              {found.sessions.map((session) => (
                <li key={session.key}>
                  <span className="font-medium">{session.title}</span>{" "}
                  <span className="text-muted-foreground">
                    · about {session.estimatedMinutes} min · {session.blockCount}{" "}
                    {session.blockCount === 1 ? "block" : "blocks"}
                    {session.indicatorCodes.length > 0
                      ? ` · indicators ${session.indicatorCodes.join(", ")}`
                      : ""}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        )}
      </QueryView>
      {item.own ? (
        <p className="text-sm text-muted-foreground">This is your district's own stage.</p>
      ) : (
        <>
          <ProgramSelect
            programs={programs}
            value={programId}
            error={importItem.error}
            disabled={importItem.isPending}
            onChange={(value) => {
              importItem.reset();
              setProgramId(value);
            }}
          />
          <SaveFooter
            save={importItem}
            label="Import a copy"
            pendingLabel="Importing…"
            failedTitle="The stage was not imported"
          />
        </>
      )}
      {importItem.data ? (
        <Alert variant="success" title="Imported">
          The copy is your district's to adapt.{" "}
          <Link to={`/framework/stages/${importItem.data.stageId}`}>Open the copy</Link>
          {importItem.data.unmatchedCodes.length > 0
            ? `. No indicator of yours has the code ${importItem.data.unmatchedCodes.join(", ")}: those sessions are not linked to it.`
            : "."}
        </Alert>
      ) : null}
    </FormCard>
  );
}
