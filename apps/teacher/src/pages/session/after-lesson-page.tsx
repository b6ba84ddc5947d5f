import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { errorCode } from "@throughline/app-kit/app-gate";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { AutosaveStatus } from "@throughline/ui/autosave-status";
import { BackLink } from "@throughline/ui/back-link";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { fieldError } from "@throughline/ui/field-error";
import { formatDate, formatDay } from "@throughline/ui/format";
import { Loading } from "@throughline/ui/loading";
import { NotFound } from "@throughline/ui/not-found";
import { PageHeader } from "@throughline/ui/page-header";
import { UnsavedChangesGuard } from "@throughline/ui/unsaved-changes-guard";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { Lock } from "lucide-react";
import type { FormEvent } from "react";
import { Link, useParams } from "react-router";
import { ReflectionField } from "./reflection-field.tsx";

type AfterLesson = ReturnType<typeof useAfterLesson>["data"];

function useAfterLesson(sessionId: string) {
  return useQuery(trpc.micropd.afterLesson.queryOptions({ sessionId }));
}

/**
 * The after-the-lesson part of a MicroPD reflection: the questions, what the teacher planned
 * before the lesson, and the answer, which finishes the step on their action plan.
 */
export function AfterLessonPage() {
  const { sessionId = "" } = useParams();
  const query = useAfterLesson(sessionId);

  if (query.isPending) return <Loading label="Loading your reflection…" />;
  if (query.isError) {
    const code = errorCode(query.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
    if (code === "FORBIDDEN") {
      return (
        <EmptyState title="Complete the session first" headingLevel={1} icon={Lock}>
          <p>{query.error.message}</p>
          <p>
            <Link to={`/sessions/${sessionId}`} className="text-primary underline">
              Open the session
            </Link>
          </p>
        </EmptyState>
      );
    }
    return (
      <ErrorState
        headingLevel={1}
        title="Your reflection could not be loaded"
        message={query.error.message}
        onRetry={() => {
          void query.refetch();
        }}
        retrying={query.isFetching}
      />
    );
  }
  return <AfterLessonForm data={query.data} />;
}

function AfterLessonForm({ data }: { data: NonNullable<AfterLesson> }) {
  const queryClient = useQueryClient();
  // Kept on this device as it is typed (the API keeps no draft of this part), so a reload or a
  // wrong tap loses nothing; saving it finishes the plan step.
  const draft = useAutosaveDraft<string>({
    key: `after-lesson:${data.session.id}`,
    saved: data.afterLesson?.reflection ?? "",
  });
  const text = draft.value;
  const save = useMutation(
    trpc.micropd.completeAfterLesson.mutationOptions({
      onSuccess(result) {
        draft.markSaved(result.reflection);
        void queryClient.invalidateQueries(trpc.micropd.afterLesson.queryFilter());
        void queryClient.invalidateQueries(trpc.micropd.session.queryFilter());
        void queryClient.invalidateQueries(trpc.actionPlan.mine.queryFilter());
      },
    }),
  );
  const error = fieldError(save.error, "reflection");
  const planPath = data.step
    ? `/action-plan?stage=${data.step.stageId}#step-${data.step.id}`
    : "/action-plan";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ sessionId: data.session.id, reflection: text });
  }

  return (
    <div className="mx-auto flex max-w-3xl flex-col">
      <BackLink to={`/sessions/${data.session.id}`}>{data.session.title}</BackLink>
      <PageHeader
        className="mb-6"
        title="After the lesson"
        description={`Stage ${data.session.stage.position} · ${data.session.title}. You completed the session on ${formatDate(data.completedAt)}; now write what happened when you taught the lesson.`}
      />
      <div className="flex flex-col gap-6">
        {data.planned ? (
          <Card>
            <CardHeader>
              <CardTitle>What you planned</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-2">
              {data.reflectionPrompts.map((prompt) => (
                <p key={prompt} className="text-sm text-muted-foreground">
                  {prompt}
                </p>
              ))}
              <p className="whitespace-pre-line text-foreground">{data.planned}</p>
            </CardContent>
          </Card>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>Your reflection after the lesson</CardTitle>
          </CardHeader>
          <CardContent>
            <form noValidate onSubmit={submit} className="flex flex-col gap-4">
              <ReflectionField
                prompts={data.prompts}
                hint={
                  data.step?.dueOn && !data.afterLesson
                    ? `At least 40 characters. The step on your action plan is due ${formatDay(data.step.dueOn)}.`
                    : "At least 40 characters."
                }
                error={error}
                value={text}
                onChange={(event) => draft.setValue(event.target.value)}
              />
              {save.isSuccess && !draft.dirty ? null : <AutosaveStatus state={draft.state} />}
              <UnsavedChangesGuard
                when={draft.dirty && !save.isPending}
                message="Your reflection is kept on this device and offered back when you return, but it is not saved yet: the step on your action plan stays open until you save it."
              />
              {save.error && !error ? <Alert variant="error">{save.error.message}</Alert> : null}
              {save.isSuccess ? (
                <Alert variant="success" title="Reflection saved">
                  <p>
                    The step on your action plan is done.{" "}
                    <Link to={planPath} className="font-medium text-primary underline">
                      Open my action plan
                    </Link>
                  </p>
                </Alert>
              ) : data.afterLesson ? (
                <p className="text-sm text-muted-foreground">
                  Written on {formatDate(data.afterLesson.completedAt)}.
                </p>
              ) : null}
              <div>
                <Button type="submit" disabled={save.isPending}>
                  {data.afterLesson ? "Save changes" : "Save my reflection"}
                </Button>
              </div>
            </form>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
