import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { moveOne } from "@throughline/domain/rules/reorder";
import { Alert } from "@throughline/ui/alert";
import { buttonClasses } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { PageHeader } from "@throughline/ui/page-header";
import { Link } from "react-router";
import { AddStageForm } from "./add-stage-form.tsx";
import { completionRuleText } from "./completion-rule.ts";
import { LiveRegion, useAnnouncement } from "./live-region.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import type { EditorStage } from "./types.ts";
import { useCanEditFramework } from "./use-can-edit.ts";

/** The district's stages in order, each with its completion rule; authors reorder and add here. */
export function FrameworkPage() {
  const canEdit = useCanEditFramework();
  const stages = useQuery(trpc.frameworkAdmin.stages.queryOptions());
  const header = (
    <PageHeader
      title="Framework"
      description="The stages teachers work through, their MicroPD sessions, indicators and protocols."
      aside={
        <div className="flex flex-wrap gap-2">
          {canEdit ? (
            <Link to="/framework/feedback" className={buttonClasses({ variant: "secondary" })}>
              Session feedback
            </Link>
          ) : null}
          <Link to="/framework/indicators" className={buttonClasses({ variant: "secondary" })}>
            Indicators
          </Link>
          <Link to="/framework/protocols" className={buttonClasses({ variant: "secondary" })}>
            Protocols
          </Link>
        </div>
      }
    />
  );
  if (!stages.isSuccess) {
    return (
      <>
        {header}
        <QueryState
          query={stages}
          loading="Loading the framework…"
          errorTitle="We could not load the framework"
        />
      </>
    );
  }
  return (
    <>
      {header}
      {canEdit ? null : <ReadOnlyNotice />}
      <div className="flex flex-col gap-8">
        <StageList stages={stages.data} canEdit={canEdit} />
        {canEdit ? <AddStageForm /> : null}
      </div>
    </>
  );
}

function StageList({ stages, canEdit }: { stages: readonly EditorStage[]; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [message, announce] = useAnnouncement();
  const reorder = useMutation(
    trpc.frameworkAdmin.reorderStages.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.frameworkAdmin.stages.queryKey(), saved),
    }),
  );
  const move = (index: number, step: -1 | 1) => {
    const order = moveOne(stages, index, step);
    const moved = stages[index];
    reorder.mutate(
      { stageIds: order.map((stage) => stage.id) },
      {
        onSuccess: () =>
          announce(
            `${moved?.title ?? "The stage"} is now stage ${index + step + 1} of ${stages.length}.`,
          ),
      },
    );
  };
  return (
    <section aria-labelledby="stages-heading" className="flex flex-col gap-4">
      <h2 id="stages-heading" className="text-lg font-semibold text-foreground">
        Stages in order
      </h2>
      <LiveRegion message={message} />
      {reorder.isError ? (
        <Alert variant="error" title="The stages were not moved">
          {reorder.error.message}
        </Alert>
      ) : null}
      <ol className="flex flex-col gap-3">
        {stages.map((stage, index) => (
          <li key={stage.id}>
            <Card>
              <CardHeader className="flex flex-row items-start justify-between gap-3">
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <CardTitle level={3}>
                    <Link
                      to={`/framework/stages/${stage.id}`}
                      className="text-primary underline-offset-4 hover:underline"
                    >
                      Stage {stage.position}: {stage.title}
                    </Link>
                  </CardTitle>
                  <CardDescription>{stage.summary}</CardDescription>
                </div>
                {canEdit ? (
                  <MoveButtons
                    name={stage.title}
                    index={index}
                    count={stages.length}
                    disabled={reorder.isPending}
                    onMove={(step) => move(index, step)}
                  />
                ) : null}
              </CardHeader>
              <CardContent>
                <dl className="grid gap-2 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="font-medium text-foreground">Completion rule</dt>
                    <dd className="text-muted-foreground">{completionRuleText(stage)}</dd>
                  </div>
                  <div>
                    <dt className="font-medium text-foreground">MicroPD sessions</dt>
                    <dd className="text-muted-foreground">{stage.sessionCount}</dd>
                  </div>
                </dl>
              </CardContent>
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
