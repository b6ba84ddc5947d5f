import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ContentBlockKind, contentBlockKindSchema } from "@throughline/domain/enums";
import { mostBlocks } from "@throughline/domain/framework-admin";
import { moveOne } from "@throughline/domain/rules/reorder";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { Label } from "@throughline/ui/label";
import { Plus, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { trpc } from "../../lib/trpc.ts";
import { namedFieldError } from "../observation-scale/named-field-error.ts";
import {
  type BlockDraft,
  blankBlock,
  blockKindLabels,
  blockToSave,
  draftOf,
} from "./block-draft.ts";
import { BlockFields } from "./block-fields.tsx";
import { FieldMessage } from "./field-message.tsx";
import { LiveRegion, useAnnouncement } from "./live-region.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import type { EditorSession } from "./types.ts";

const selectClass =
  "block h-10 rounded-md border border-input bg-surface px-3 text-base text-foreground";

/**
 * The session's content blocks, edited together and saved in one go, so teachers never see a
 * half-edited list. The server names a wrong field by its place: `blocks.1.url`.
 */
export function BlocksEditor({ session, canEdit }: { session: EditorSession; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const kindId = useId();
  const [drafts, setDrafts] = useState<BlockDraft[]>(() => session.blocks.map(draftOf));
  const [kind, setKind] = useState<ContentBlockKind>("reading");
  const [message, announce] = useAnnouncement();
  const save = useMutation(
    trpc.frameworkAdmin.saveBlocks.mutationOptions({
      onSuccess: (saved) =>
        queryClient.setQueryData(
          trpc.frameworkAdmin.session.queryKey({ sessionId: session.id }),
          saved,
        ),
    }),
  );
  const edit = (next: BlockDraft[]) => {
    save.reset();
    setDrafts(next);
  };
  const move = (index: number, step: -1 | 1) => {
    edit(moveOne(drafts, index, step));
    announce(`Block ${index + 1} is now block ${index + step + 1} of ${drafts.length}.`);
  };
  const remove = (index: number) => {
    edit(drafts.filter((_, at) => at !== index));
    announce(`Block ${index + 1} removed. Save the blocks to keep the change.`);
  };
  const add = () => {
    edit([...drafts, draftOf(blankBlock(kind))]);
    announce(`${blockKindLabels[kind]} block added as block ${drafts.length + 1}.`);
  };
  const disabled = !canEdit || save.isPending;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Content blocks</CardTitle>
        <CardDescription>
          Teachers go through the blocks in this order. Changes take effect when you save them.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <LiveRegion message={message} />
        <ol className="flex flex-col gap-5">
          {drafts.map((draft, index) => (
            <li key={draft.key} className="rounded-lg border border-border p-4">
              <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
                <h3 className="text-base font-semibold text-foreground">
                  Block {index + 1}: {blockKindLabels[draft.block.kind]}
                </h3>
                {canEdit ? (
                  <div className="flex gap-2">
                    <MoveButtons
                      name={`block ${index + 1}`}
                      index={index}
                      count={drafts.length}
                      disabled={disabled}
                      onMove={(step) => move(index, step)}
                    />
                    <Button
                      type="button"
                      variant="secondary"
                      size="sm"
                      disabled={disabled || drafts.length <= 1}
                      onClick={() => remove(index)}
                    >
                      <Trash2 aria-hidden="true" />
                      <span className="sr-only">Remove block {index + 1}</span>
                    </Button>
                  </div>
                ) : null}
              </div>
              <BlockFields
                block={draft.block}
                index={index}
                error={save.error}
                disabled={disabled}
                onChange={(block) =>
                  edit(drafts.map((old, at) => (at === index ? { ...old, block } : old)))
                }
              />
            </li>
          ))}
        </ol>
        <FieldMessage
          id={`${kindId}-blocks-error`}
          message={namedFieldError(save.error, "blocks")}
        />
        {canEdit ? (
          <div className="flex flex-wrap items-end gap-3 border-t border-border pt-5">
            <div className="flex flex-col gap-2">
              <Label htmlFor={kindId}>Kind of block</Label>
              <select
                id={kindId}
                value={kind}
                disabled={disabled}
                className={selectClass}
                onChange={(event) => setKind(contentBlockKindSchema.parse(event.target.value))}
              >
                {contentBlockKindSchema.options.map((option) => (
                  <option key={option} value={option}>
                    {blockKindLabels[option]}
                  </option>
                ))}
              </select>
            </div>
            <Button
              type="button"
              variant="secondary"
              disabled={disabled || drafts.length >= mostBlocks}
              onClick={add}
            >
              <Plus aria-hidden="true" />
              Add a block
            </Button>
            <Button
              type="button"
              className="ml-auto"
              disabled={disabled}
              onClick={() =>
                save.mutate({
                  sessionId: session.id,
                  blocks: drafts.map((draft) => blockToSave(draft.block)),
                })
              }
            >
              {save.isPending ? "Saving…" : "Save blocks"}
            </Button>
          </div>
        ) : null}
        <div role="status" aria-live="polite">
          {save.isSuccess ? (
            <Alert variant="success" title="Blocks saved">
              Teachers see the new blocks the next time they open the session.
            </Alert>
          ) : null}
        </div>
        {save.isError ? (
          <Alert variant="error" title="The blocks were not saved">
            {save.error.data?.fieldErrors
              ? "Fix the fields marked above, then save again."
              : save.error.message}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
