import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { formatDay } from "@throughline/ui/format";
import { useId, useState } from "react";
import { momentWords, type SelfAssessmentRecord } from "./types.ts";

/** The teacher's choice to let their principal and district admins read one self-assessment. */
function ShareSelfAssessment({ record }: { record: SelfAssessmentRecord }) {
  const id = useId();
  const queryClient = useQueryClient();
  const share = useMutation(
    trpc.selfAssessment.share.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.selfAssessment.pathKey() }),
    }),
  );
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
        <input
          id={id}
          type="checkbox"
          className="size-5 accent-primary"
          checked={record.sharedWithLeadersAt !== null}
          disabled={share.isPending}
          onChange={(event) =>
            share.mutate({ selfAssessmentId: record.id, shared: event.target.checked })
          }
        />
        Share with my principal
      </label>
      {share.error ? <Alert variant="error">{share.error.message}</Alert> : null}
    </div>
  );
}

/** "end of the stage (Dec 7)": which self-assessment a button acts on, for screen readers too. */
function whenWords(record: SelfAssessmentRecord): string {
  return `${momentWords[record.moment].toLocaleLowerCase("en")} (${formatDay(record.assessedOn)})`;
}

/** Deletes one self-assessment of the teacher's, after asking. */
function DeleteSelfAssessment({
  record,
  onDeleted,
}: {
  record: SelfAssessmentRecord;
  onDeleted: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.selfAssessment.remove.mutationOptions({
      onSuccess: async () => {
        setAsking(false);
        await queryClient.invalidateQueries({ queryKey: trpc.selfAssessment.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() });
        onDeleted();
      },
    }),
  );
  const when = whenWords(record);
  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        Delete
        <span className="sr-only"> the self-assessment {when}</span>
      </Button>
      <ConfirmDialog
        open={asking}
        title="Delete this self-assessment?"
        confirmLabel="Delete it"
        pendingLabel="Deleting…"
        confirmVariant="danger"
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => remove.mutate({ selfAssessmentId: record.id })}
        onClose={() => {
          remove.reset();
          setAsking(false);
        }}
      >
        <p>
          Your ratings and notes of the {when} go for good, and your first and latest ratings per
          indicator are worked out again without them.
        </p>
      </ConfirmDialog>
    </>
  );
}

/**
 * Every self-assessment of the stage, newest first, with its ratings and notes, and the
 * teacher's own ways to share, change or delete each.
 */
export function SelfAssessmentHistory({
  records,
  levels,
  onEdit,
  onDeleted,
}: {
  records: readonly SelfAssessmentRecord[];
  levels: readonly { rank: number; label: string }[];
  onEdit: (record: SelfAssessmentRecord) => void;
  onDeleted: () => void;
}) {
  const labelOf = (rank: number) =>
    levels.find((level) => level.rank === rank)?.label ?? String(rank);
  return (
    <details className="rounded-md border border-border p-3">
      <summary className="cursor-pointer text-sm font-medium text-primary">
        Your self-assessments of this stage ({records.length})
      </summary>
      <p className="mt-2 text-sm text-muted-foreground">
        Your self-assessments are between you and your coaches. Your principal only sees that you
        made one, unless you share it.
      </p>
      <ul className="mt-3 flex flex-col gap-4">
        {[...records].reverse().map((record) => (
          <li key={record.id} className="flex flex-col gap-2 border-t border-border pt-3">
            <p className="font-medium">
              {momentWords[record.moment]} ·{" "}
              <time dateTime={record.assessedOn}>{formatDay(record.assessedOn)}</time>
            </p>
            <ul className="flex flex-col gap-1 text-sm">
              {record.ratings.map((rating) => (
                <li key={rating.indicatorId}>
                  <span className="text-muted-foreground">{rating.code}</span> {rating.title}:{" "}
                  <span className="font-semibold">{labelOf(rating.levelRank)}</span>
                  {rating.note ? (
                    <span className="block text-muted-foreground">“{rating.note}”</span>
                  ) : null}
                </li>
              ))}
            </ul>
            <ShareSelfAssessment record={record} />
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => onEdit(record)}>
                Change
                <span className="sr-only"> the self-assessment {whenWords(record)}</span>
              </Button>
              <DeleteSelfAssessment record={record} onDeleted={onDeleted} />
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
