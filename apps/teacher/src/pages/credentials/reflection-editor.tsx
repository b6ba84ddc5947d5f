import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { wordCount } from "@throughline/domain/rules/submission-readiness";
import { fieldError } from "@throughline/ui/field-error";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import type { EvidenceItem, Requirement } from "./types.ts";

interface Props {
  submissionId: string;
  requirement: Requirement;
  item: EvidenceItem | undefined;
  onChanged: () => Promise<void>;
}

/** The written reflection, with a live word count against the minimum; saved when you leave it. */
export function ReflectionEditor({ submissionId, requirement, item, onChanged }: Props) {
  const [text, setText] = useState(item?.text ?? "");
  const add = useMutation(trpc.credentials.addEvidence.mutationOptions());
  const update = useMutation(trpc.credentials.updateEvidence.mutationOptions());
  const words = wordCount(text);
  const enough = words >= requirement.minWords;

  async function save() {
    if (text === (item?.text ?? "")) return;
    try {
      if (item) await update.mutateAsync({ itemId: item.id, text });
      else {
        await add.mutateAsync({
          submissionId,
          requirementKey: requirement.key,
          source: "text",
          text,
        });
      }
      await onChanged();
    } catch {
      // The message is shown next to the field.
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <TextAreaField
        label={`${requirement.label} (at least ${requirement.minWords} words)`}
        hint={requirement.instructions || undefined}
        rows={8}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void save()}
        error={fieldError(update.error ?? add.error, "text")}
      />
      <p
        aria-live="polite"
        className={enough ? "text-sm text-success" : "text-sm text-muted-foreground"}
      >
        {words} of {requirement.minWords} words{enough ? " — enough" : ""}
      </p>
    </div>
  );
}
