import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { Link, useParams } from "react-router";
import { SessionElectiveCard } from "../catalogue/session-elective-card.tsx";
import { ShareToLibraryLink } from "../library/share-to-library-link.tsx";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import { SessionEditor } from "./session-editor.tsx";
import { useCanEditFramework } from "./use-can-edit.ts";

/** One MicroPD session: its details, reflection prompts, indicators and content blocks. */
export function FrameworkSessionPage() {
  const { sessionId = "" } = useParams();
  const canEdit = useCanEditFramework();
  const session = useQuery(trpc.frameworkAdmin.session.queryOptions({ sessionId }));
  const indicators = useQuery(trpc.frameworkAdmin.indicators.queryOptions());
  if (session.isPending || indicators.isPending) return <Loading label="Loading the session…" />;
  if (session.isError || indicators.isError) {
    return (
      <ErrorState
        message={
          session.error?.data?.code === "NOT_FOUND"
            ? "There is no such session in your district."
            : "We could not load the session."
        }
        onRetry={() => void Promise.all([session.refetch(), indicators.refetch()])}
        retrying={session.isFetching || indicators.isFetching}
      />
    );
  }
  const data = session.data;
  return (
    <>
      <div className="mb-4">
        <Link
          to={`/framework/stages/${data.stage.id}`}
          className="text-sm font-medium text-primary underline"
        >
          Back to Stage {data.stage.position}: {data.stage.title}
        </Link>
      </div>
      <PageHeader
        title={data.title}
        description={`Session ${data.position} of Stage ${data.stage.position} · ${data.estimatedMinutes} minutes`}
        aside={
          canEdit ? (
            <ShareToLibraryLink kind="session" id={data.id} stageId={data.stage.id} />
          ) : null
        }
      />
      {canEdit ? null : <ReadOnlyNotice />}
      {data.startedBy > 0 && canEdit ? (
        <p className="mb-6 text-sm text-muted-foreground">
          {data.startedBy} teacher{data.startedBy === 1 ? " has" : "s have"} opened this session.
          Their completion, reflection and credited minutes stay as they were when you edit it.
        </p>
      ) : null}
      {/* The catalogue is the district admin's to run, like the framework itself. */}
      {canEdit ? <SessionElectiveCard sessionId={data.id} canEdit={canEdit} /> : null}
      <SessionEditor key={data.id} session={data} indicators={indicators.data} canEdit={canEdit} />
    </>
  );
}
