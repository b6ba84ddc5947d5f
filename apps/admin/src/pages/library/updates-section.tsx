import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { PendingButton } from "@throughline/ui/pending-button";
import { TitledSection } from "@throughline/ui/titled-section";
import { kindLabels, type LibraryUpdate } from "./types.ts";

function ChangeList({ label, titles }: { label: string; titles: readonly string[] }) {
  if (titles.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-medium text-foreground">{label}</p>
      <ul className="list-disc pl-5 text-sm text-foreground">
        {titles.map((title) => (
          <li key={title}>{title}</li>
        ))}
      </ul>
    </div>
  );
}

/** One imported copy with a newer source version: what it changes, and applying it. */
function UpdateCard({ update }: { update: LibraryUpdate }) {
  const queryClient = useQueryClient();
  const apply = useMutation(
    trpc.sharedLibrary.applyUpdate.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.sharedLibrary.updates.queryFilter()),
          queryClient.invalidateQueries(trpc.sharedLibrary.items.queryFilter()),
        ]),
    }),
  );
  const { changes } = update;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          {update.copyTitle}{" "}
          <span className="text-sm font-normal text-muted-foreground">
            ({kindLabels[update.kind]})
          </span>
        </CardTitle>
        <CardDescription>
          {update.sourceDistrictName} shared version {update.latestVersion} of “{update.sourceTitle}
          ”; your copy is from version {update.importedVersion}.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {update.notes ? <p className="text-sm text-foreground">“{update.notes}”</p> : null}
        <ChangeList
          label={update.kind === "credential" ? "Changed definition" : "Changed sessions"}
          titles={changes.changed}
        />
        <ChangeList label="New sessions (added at the end)" titles={changes.added} />
        <ChangeList label="Sessions the source removed (yours stay)" titles={changes.removed} />
        <p className="text-sm text-muted-foreground">
          {update.kind === "credential"
            ? "If you changed the micro-credential since importing it, it keeps your version."
            : "A session you changed since importing it keeps your version."}
        </p>
        <PendingButton
          className="self-start"
          pending={apply.isPending}
          pendingLabel="Updating…"
          onClick={() => apply.mutate({ importId: update.importId })}
        >
          Update my copy
        </PendingButton>
        {apply.isError ? (
          <Alert variant="error" title="The copy was not updated">
            {apply.error.message}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** Copies the district imported whose source has a newer version: reviewed, then applied. */
export function UpdatesSection({ updates }: { updates: readonly LibraryUpdate[] }) {
  if (updates.length === 0) return null;
  return (
    <TitledSection headingId="library-updates" title="Updates to review">
      <ul className="flex flex-col gap-4" aria-label="Updates to review">
        {updates.map((update) => (
          <li key={update.importId}>
            <UpdateCard update={update} />
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
