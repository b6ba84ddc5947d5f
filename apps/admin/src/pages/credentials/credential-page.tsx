import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Badge } from "@throughline/ui/badge";
import { Button } from "@throughline/ui/button";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { Link, useParams } from "react-router";
import { ShareToLibraryLink } from "../library/share-to-library-link.tsx";
import { draftOf } from "./credential-draft.ts";
import { CredentialForm } from "./credential-form.tsx";
import type { CredentialDetail } from "./types.ts";

function versionLine(detail: CredentialDetail): string {
  const earlier = detail.earlierVersions;
  if (earlier === 0) return `Version ${detail.version}`;
  return `Version ${detail.version} · ${earlier} earlier ${earlier === 1 ? "version" : "versions"}`;
}

/** One micro-credential: its current version, editable by district admins, read by principals. */
export function CredentialPage() {
  const { credentialId = "" } = useParams();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.credentialAdmin.get.queryOptions({ credentialId }));
  const options = useQuery(trpc.credentialAdmin.options.queryOptions());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.credentialAdmin.get.queryFilter({ credentialId })),
      queryClient.invalidateQueries(trpc.credentialAdmin.list.queryFilter()),
    ]);
  const save = useMutation(trpc.credentialAdmin.update.mutationOptions({ onSuccess: refresh }));
  const archive = useMutation(
    trpc.credentialAdmin.setArchived.mutationOptions({ onSuccess: refresh }),
  );

  if (detail.isPending || options.isPending)
    return <Loading label="Loading the micro-credential…" />;
  if (detail.isError || options.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="The micro-credential could not be loaded"
        message={detail.error?.message ?? options.error?.message ?? ""}
        onRetry={() => {
          void detail.refetch();
          void options.refetch();
        }}
        retrying={detail.isFetching || options.isFetching}
      />
    );
  }
  const credential = detail.data;
  return (
    <>
      <PageHeader
        title={credential.definition.name}
        description={
          <>
            <span className="flex flex-wrap items-center gap-2">
              <strong className="font-medium text-foreground">{versionLine(credential)}</strong>
              {credential.archived ? <Badge variant="neutral">Archived</Badge> : null}
            </span>
            <span className="mt-1 block">
              {credential.submissions} {credential.submissions === 1 ? "submission" : "submissions"}{" "}
              sent for review, all versions
            </span>
            {credential.earlierVersions > 0 ? (
              <span className="mt-1 block">
                Teachers who started on an earlier version are judged against that version.
              </span>
            ) : null}
            <Link
              to="/credentials"
              className="mt-1 block text-primary underline underline-offset-4"
            >
              Back to micro-credentials
            </Link>
          </>
        }
        aside={
          credential.canEdit ? (
            <div className="flex flex-wrap gap-2">
              <ShareToLibraryLink kind="credential" id={credentialId} />
              <Button
                variant="secondary"
                disabled={archive.isPending}
                onClick={() => archive.mutate({ credentialId, archived: !credential.archived })}
              >
                {credential.archived ? "Unarchive" : "Archive"}
              </Button>
            </div>
          ) : null
        }
      />
      <div className="mb-6 flex flex-col gap-3" role="status" aria-live="polite">
        {save.isSuccess ? (
          <Alert variant="success" title={`Saved as version ${save.data.version}`}>
            {save.data.newVersion
              ? "Teachers had started on the previous version, so the changes are a new version; their work is still judged against the version they started on."
              : "Nobody had started on this version yet, so it was updated in place."}
          </Alert>
        ) : null}
      </div>
      {credential.canEdit ? (
        credential.submissionsOnVersion > 0 ? (
          <Alert variant="info" title="Saving makes a new version" className="mb-6">
            {credential.submissionsOnVersion}{" "}
            {credential.submissionsOnVersion === 1 ? "attempt has" : "attempts have"} started on
            version {credential.version} (drafts included). Your changes will be version{" "}
            {credential.version + 1}.
          </Alert>
        ) : null
      ) : (
        <Alert variant="info" title="Read only" className="mb-6">
          District administrators change micro-credentials.
        </Alert>
      )}
      <CredentialForm
        key={credential.version}
        initial={draftOf(credential)}
        options={options.data}
        credentialId={credentialId}
        hasSavedImage={credential.hasImage}
        readOnly={!credential.canEdit}
        pending={save.isPending}
        error={save.error}
        submitLabel="Save changes"
        onSubmit={(definition) => save.mutate({ credentialId, definition })}
        onEdit={() => {
          if (save.isError || save.isSuccess) save.reset();
        }}
      />
    </>
  );
}
