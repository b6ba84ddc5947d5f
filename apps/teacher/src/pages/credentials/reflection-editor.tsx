import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { wordCount } from "@throughline/domain/rules/submission-readiness";
import { DraftGuard } from "@throughline/ui/draft-guard";
import { fieldError } from "@throughline/ui/field-error";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import type { EvidenceItem, Requirement } from "./types.ts";

interface Props {
  submissionId: string;
  requirement: Requirement;
  item: EvidenceItem | undefined;
  onChanged: () => Promise<void>;
}

/** The written reflection, with a live word count against the minimum; saved when you leave it. */
export function ReflectionEditor({ submissionId, requirement, item, onChanged }: Props) {
  // Kept on this device as it is typed (the API keeps no draft of its own), so a reload or a
  // wrong tap before the field is left loses nothing of a long reflection.
  const draft = useAutosaveDraft<string>({
    key: `credential-reflection:${submissionId}:${requirement.key}`,
    saved: item?.text ?? "",
  });
  const text = draft.value;
  const add = useMutation(trpc.credentials.addEvidence.mutationOptions());
  const update = useMutation(trpc.credentials.updateEvidence.mutationOptions());
  const saving = add.isPending || update.isPending;
  const words = wordCount(text);
  const enough = words >= requirement.minWords;

  async function save() {
    if (text === (item?.text ?? "")) {
      // Typed back to what the server has: nothing to send, and nothing left unsaved.
      if (draft.dirty) draft.markSaved(text);
      return;
    }
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
      draft.markSaved(text);
      await onChanged();
    } catch {
      // The message is shown next to the field; the text stays on this device.
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <TextAreaField
        label={`${requirement.label} (at least ${requirement.minWords} words)`}
        hint={requirement.instructions || undefined}
        rows={8}
        value={text}
        onChange={(event) => draft.setValue(event.target.value)}
        onBlur={() => void save()}
        error={fieldError(update.error ?? add.error, "text")}
      />
      <p
        aria-live="polite"
        className={enough ? "text-sm text-success" : "text-sm text-muted-foreground"}
      >
        {words} of {requirement.minWords} words{enough ? " — enough" : ""}
      </p>
      <DraftGuard
        state={draft.state}
        dirty={draft.dirty}
        saving={saving}
        message="Your reflection is kept on this device and offered back when you return, but it is not saved to your submission yet: it is saved when you leave the field."
      />
    </div>
  );
}
