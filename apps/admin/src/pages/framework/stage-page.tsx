import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { Link, useParams } from "react-router";
import { ShareToLibraryLink } from "../library/share-to-library-link.tsx";
import { AddSessionForm } from "./add-session-form.tsx";
import { completionRuleText } from "./completion-rule.ts";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import { SessionList } from "./session-list.tsx";
import { StageForm } from "./stage-form.tsx";
import { useCanEditFramework } from "./use-can-edit.ts";

/** One stage: its text and completion rule, and its MicroPD sessions in order. */
export function FrameworkStagePage() {
  const { stageId = "" } = useParams();
  const canEdit = useCanEditFramework();
  const stage = useQuery(trpc.frameworkAdmin.stage.queryOptions({ stageId }));
  // The stage's number counts inside its program, so the page names the program beside it.
  const programs = useQuery(trpc.programs.list.queryOptions());
  const back = (
    <Link to="/framework" className="text-sm font-medium text-primary underline">
      Back to the framework
    </Link>
  );
  if (stage.isPending) return <Loading label="Loading the stage…" />;
  if (stage.isError) {
    return (
      <>
        {back}
        <ErrorState
          message={
            stage.error.data?.code === "NOT_FOUND"
              ? "There is no such stage in your district."
              : "We could not load the stage."
          }
          onRetry={() => void stage.refetch()}
          retrying={stage.isFetching}
        />
      </>
    );
  }
  const data = stage.data;
  const program = programs.data?.programs.find((row) => row.id === data.programId);
  return (
    <>
      <div className="mb-4">{back}</div>
      <PageHeader
        title={`Stage ${data.position}: ${data.title}`}
        description={
          program ? `${program.title} · ${completionRuleText(data)}` : completionRuleText(data)
        }
        aside={
          canEdit ? (
            <div className="flex flex-wrap gap-2">
              <ShareToLibraryLink kind="stage" id={data.id}>
                Share the stage to library
              </ShareToLibraryLink>
              {program ? (
                <ShareToLibraryLink kind="program" id={program.id}>
                  Share its program to library
                </ShareToLibraryLink>
              ) : null}
            </div>
          ) : null
        }
      />
      {canEdit ? null : <ReadOnlyNotice />}
      <div className="flex flex-col gap-8">
        {canEdit ? <StageForm key={data.id} stage={data} /> : null}
        <SessionList stage={data} canEdit={canEdit} />
        {canEdit ? <AddSessionForm stageId={data.id} /> : null}
      </div>
    </>
  );
}
