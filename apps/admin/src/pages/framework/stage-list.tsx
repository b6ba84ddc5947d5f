import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { moveOne } from "@throughline/domain/rules/reorder";
import { Alert } from "@throughline/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { Link } from "react-router";
import { completionRuleText } from "./completion-rule.ts";
import { LiveRegion, useAnnouncement } from "./live-region.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import type { EditorStage } from "./types.ts";

/** One program's stages in order, each with its completion rule; authors reorder them here. */
export function StageList({
  programId,
  programTitle,
  stages,
  canEdit,
}: {
  programId: string;
  programTitle: string;
  stages: readonly EditorStage[];
  canEdit: boolean;
}) {
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
      { programId, stageIds: order.map((stage) => stage.id) },
      {
        onSuccess: () =>
          announce(
            `In ${programTitle}, ${moved?.title ?? "the stage"} is now stage ${index + step + 1} of ${stages.length}.`,
          ),
      },
    );
  };
  if (stages.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No stages yet. {canEdit ? "Add the first one with the form below." : null}
      </p>
    );
  }
  return (
    <>
      <LiveRegion message={message} />
      {reorder.isError ? (
        <Alert variant="error" title="The stages were not moved">
          {reorder.error.message}
        </Alert>
      ) : null}
      <ol aria-label={`Stages of ${programTitle}`} className="flex flex-col gap-3">
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
    </>
  );
}
