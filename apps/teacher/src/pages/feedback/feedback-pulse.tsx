import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type {
  FeedbackItemInput,
  FeedbackOnItem,
  WillUse,
} from "@throughline/domain/session-feedback";
import {
  maxFeedbackCommentLength,
  usefulnessLabels,
  usefulnessLevels,
  willUseAnswers,
  willUseLabels,
} from "@throughline/domain/session-feedback-answers";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { fieldError } from "@throughline/ui/field-error";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { cn } from "@throughline/ui/utils";
import { CircleCheck } from "lucide-react";
import { type FormEvent, useState } from "react";
import { ChoiceButtons } from "./choice-buttons.tsx";
import { hiddenForNow, hideForNow } from "./not-now.ts";

const usefulnessOptions = usefulnessLevels.map((level) => ({
  value: level as number,
  label: usefulnessLabels[level],
}));
const willUseOptions = willUseAnswers.map((answer) => ({
  value: answer,
  label: willUseLabels[answer],
}));

const kindWords: Record<FeedbackItemInput["itemKind"], string> = {
  micropd_session: "this session",
  workshop: "the workshop",
  support_meeting: "this meeting",
};

interface FeedbackPulseProps {
  item: FeedbackItemInput;
  className?: string;
  /** Called once the pulse is put away (answered and closed, skipped, or "Not now"). */
  onDone?: () => void;
  /** What is known of the item already (a pending item, not yet answered): drawn at once. */
  known?: FeedbackOnItem;
}

/**
 * The two-question pulse on something the teacher finished: each tap is saved at once, a
 * comment is optional, "Not now" hides it on this device and "Skip" records that they will not
 * answer. Asked once: a pulse answered or skipped before is not shown again. Shows nothing for an
 * item the teacher may not give feedback on (not finished, not attended).
 */
export function FeedbackPulse({ item, className, onDone, known }: FeedbackPulseProps) {
  const queryClient = useQueryClient();
  const queryKey = trpc.sessionFeedback.forItem.queryKey(item);
  const pulse = useQuery(
    trpc.sessionFeedback.forItem.queryOptions(item, {
      retry: false,
      ...(known ? { initialData: known } : {}),
    }),
  );
  const [answeredHere, setAnsweredHere] = useState(false);
  const [closed, setClosed] = useState(() => hiddenForNow(item));
  const [comment, setComment] = useState("");
  // The tap shows at once; the saved answer replaces it when the server has it.
  const [chosen, setChosen] = useState<{ usefulness?: number; willUse?: WillUse }>({});
  const settle = (saved: FeedbackOnItem) => {
    queryClient.setQueryData(queryKey, saved);
    void queryClient.invalidateQueries(trpc.sessionFeedback.pending.queryFilter());
  };
  const answer = useMutation(trpc.sessionFeedback.answer.mutationOptions({ onSuccess: settle }));
  const skip = useMutation(
    trpc.sessionFeedback.skip.mutationOptions({
      onSuccess(saved) {
        settle(saved);
        close();
      },
    }),
  );

  function close() {
    setClosed(true);
    onDone?.();
  }

  const data = pulse.data;
  if (!data || closed) return null;
  // Asked once: what was answered or skipped on another visit is not asked again.
  if (data.state === "skipped" || (data.state === "answered" && !answeredHere)) return null;

  const tap = (choice: { usefulness?: number; willUse?: WillUse }) => {
    setAnsweredHere(true);
    setChosen((before) => ({ ...before, ...choice }));
    answer.mutate({ ...item, ...choice });
  };
  const sendComment = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAnsweredHere(true);
    answer.mutate({ ...item, comment });
  };
  const commentError = fieldError(answer.error, "comment");
  const bothAnswered = data.usefulness !== null && data.willUse !== null;
  const headingId = `feedback-${item.itemId}`;
  return (
    <Card className={cn("border-primary/40", className)}>
      <section aria-labelledby={headingId}>
        <CardHeader>
          <CardTitle id={headingId}>Quick feedback</CardTitle>
          <CardDescription>
            Two taps about {kindWords[item.itemKind]}, “{data.title}”. The people who write sessions
            see totals and unsigned comments, never your name.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <ChoiceButtons
            legend="Was it useful?"
            options={usefulnessOptions}
            value={chosen.usefulness ?? data.usefulness}
            onChoose={(usefulness) => tap({ usefulness })}
          />
          <ChoiceButtons
            legend="Will you use it in class this week?"
            options={willUseOptions}
            value={chosen.willUse ?? data.willUse}
            onChoose={(willUse) => tap({ willUse })}
          />
          {answer.error && !commentError ? (
            <p role="alert" className="text-sm text-danger">
              {answer.error.message}
            </p>
          ) : null}
          {skip.error ? (
            <p role="alert" className="text-sm text-danger">
              {skip.error.message}
            </p>
          ) : null}
          {bothAnswered ? (
            <p role="status" className="inline-flex items-center gap-2 font-medium text-success">
              <CircleCheck aria-hidden="true" className="size-5" />
              Thank you, your answers are saved.
            </p>
          ) : null}
          <form onSubmit={sendComment} noValidate className="flex flex-col gap-3">
            <TextAreaField
              label="Anything to add? (optional)"
              rows={2}
              maxLength={maxFeedbackCommentLength}
              value={comment || data.comment || ""}
              onChange={(event) => setComment(event.target.value)}
              error={commentError}
              name="comment"
            />
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" variant="secondary" disabled={answer.isPending || !comment}>
                Send comment
              </Button>
              {bothAnswered ? (
                <Button type="button" variant="ghost" onClick={close}>
                  Close
                </Button>
              ) : (
                <>
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() => {
                      hideForNow(item);
                      close();
                    }}
                  >
                    Not now
                  </Button>
                  <Button
                    type="button"
                    variant="link"
                    disabled={skip.isPending}
                    onClick={() => skip.mutate(item)}
                  >
                    Skip, don't ask again
                  </Button>
                </>
              )}
            </div>
          </form>
        </CardContent>
      </section>
    </Card>
  );
}
