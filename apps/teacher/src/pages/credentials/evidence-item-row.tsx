import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { formatFileSize } from "@throughline/domain/evidence";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { NewTabLink } from "@throughline/ui/new-tab-link";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { ArrowDown, ArrowUp, FileText, Link2, Trash2 } from "lucide-react";
import { useState } from "react";
import { submissionFileUrl } from "./submission-upload.ts";
import type { EvidenceItem, Requirement } from "./types.ts";

interface Props {
  item: EvidenceItem;
  requirement: Requirement;
  index: number;
  count: number;
  editable: boolean;
  onChanged: () => Promise<void>;
}

/** One file or link of a requirement: open it, annotate it, move it, remove it. */
export function EvidenceItemRow({ item, requirement, index, count, editable, onChanged }: Props) {
  const [annotation, setAnnotation] = useState(item.annotation);
  const update = useMutation(trpc.credentials.updateEvidence.mutationOptions());
  const remove = useMutation(trpc.credentials.removeEvidence.mutationOptions());
  const move = useMutation(trpc.credentials.moveEvidence.mutationOptions());
  const name = item.fileName ?? item.url ?? "Evidence";
  const href = item.source === "link" ? (item.url ?? "#") : submissionFileUrl(item.id);
  const Icon = item.source === "link" ? Link2 : FileText;
  // Up is closed for the first item, down for the last.
  const moves = [
    { direction: "up", Arrow: ArrowUp, last: 0 },
    { direction: "down", Arrow: ArrowDown, last: count - 1 },
  ] as const;

  async function saveAnnotation() {
    if (annotation === item.annotation) return;
    await update.mutateAsync({ itemId: item.id, annotation }).catch(() => undefined);
    await onChanged();
  }

  return (
    <li className="flex flex-col gap-3 rounded-md border border-border p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <NewTabLink href={href} icon={Icon} className="gap-2">
          <span className="truncate">{name}</span>
          {item.sizeBytes ? (
            <span className="shrink-0 text-sm font-normal text-muted-foreground">
              {formatFileSize(item.sizeBytes)}
            </span>
          ) : null}
        </NewTabLink>
        {editable ? (
          <div className="flex flex-wrap gap-1">
            {moves.map(({ direction, Arrow, last }) => (
              <Button
                key={direction}
                variant="ghost"
                size="sm"
                disabled={index === last || move.isPending}
                onClick={() =>
                  void move.mutateAsync({ itemId: item.id, direction }).then(onChanged)
                }
              >
                <Arrow aria-hidden="true" />
                <span className="sr-only">
                  Move {name} {direction}
                </span>
              </Button>
            ))}
            <Button
              variant="ghost"
              size="sm"
              disabled={remove.isPending}
              onClick={() => void remove.mutateAsync({ itemId: item.id }).then(onChanged)}
            >
              <Trash2 aria-hidden="true" />
              Remove<span className="sr-only"> {name}</span>
            </Button>
          </div>
        ) : null}
      </div>
      {editable && requirement.annotationPrompt ? (
        <TextAreaField
          label={`${requirement.annotationPrompt} (${name})`}
          value={annotation}
          onChange={(event) => setAnnotation(event.target.value)}
          onBlur={() => void saveAnnotation()}
          error={fieldError(update.error, "annotation")}
        />
      ) : item.annotation ? (
        <p className="text-sm whitespace-pre-wrap">
          <span className="font-medium">Annotation: </span>
          {item.annotation}
        </p>
      ) : null}
    </li>
  );
}
