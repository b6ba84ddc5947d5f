import { type ContentBlockKind, contentBlockKindSchema } from "@throughline/domain/enums";
import type { ContentBlock } from "@throughline/domain/framework";
import { mostBlocks } from "@throughline/domain/framework-admin";
import { moveOne } from "@throughline/domain/rules/reorder";
import { AddButton } from "@throughline/ui/add-button";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { Label } from "@throughline/ui/label";
import { RemoveButton } from "@throughline/ui/remove-button";
import { useId, useRef } from "react";
import { blankBlock, blockKindLabels } from "./block-draft.ts";
import { BlockFields } from "./block-fields.tsx";
import { LiveRegion, useAnnouncement } from "./live-region.tsx";
import { MoveButtons } from "./move-buttons.tsx";

const selectClass =
  "block h-10 rounded-md border border-input bg-surface px-3 text-base text-foreground";

let lastKey = 0;
const newKey = () => {
  lastKey += 1;
  return `block-${lastKey}`;
};

/**
 * The session's content blocks, edited in place and saved with the session's details in one go,
 * so teachers never see a half-edited session. The server names a wrong field by its place:
 * `blocks.1.url`.
 */
export function BlocksFields({
  blocks,
  error,
  disabled,
  canEdit,
  onChange,
}: {
  blocks: ContentBlock[];
  error: ApiErrorLike | null;
  disabled: boolean;
  canEdit: boolean;
  onChange: (blocks: ContentBlock[]) => void;
}) {
  const kindId = useId();
  const kindRef = useRef<HTMLSelectElement>(null);
  const [message, announce] = useAnnouncement();
  // A key that stays with each block while blocks move, so focus and fields follow it.
  const keys = useRef<string[]>([]);
  while (keys.current.length < blocks.length) keys.current.push(newKey());
  keys.current.length = blocks.length;

  const move = (index: number, step: -1 | 1) => {
    keys.current = moveOne(keys.current, index, step);
    onChange(moveOne(blocks, index, step));
    announce(`Block ${index + 1} is now block ${index + step + 1} of ${blocks.length}.`);
  };
  const remove = (index: number) => {
    keys.current = keys.current.filter((_, at) => at !== index);
    onChange(blocks.filter((_, at) => at !== index));
    announce(`Block ${index + 1} removed. Save the session to keep the change.`);
  };
  const add = () => {
    const kind = contentBlockKindSchema.parse(kindRef.current?.value ?? "reading");
    onChange([...blocks, blankBlock(kind)]);
    announce(`${blockKindLabels[kind]} block added as block ${blocks.length + 1}.`);
  };

  return (
    <div className="flex flex-col gap-5">
      <LiveRegion message={message} />
      <ol className="flex flex-col gap-5">
        {blocks.map((block, index) => (
          <li key={keys.current[index]} className="rounded-lg border border-border p-4">
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <h3 className="text-base font-semibold text-foreground">
                Block {index + 1}: {blockKindLabels[block.kind]}
              </h3>
              {canEdit ? (
                <div className="flex gap-2">
                  <MoveButtons
                    name={`block ${index + 1}`}
                    index={index}
                    count={blocks.length}
                    disabled={disabled}
                    onMove={(step) => move(index, step)}
                  />
                  <RemoveButton
                    disabled={disabled || blocks.length <= 1}
                    onClick={() => remove(index)}
                    what={`block ${index + 1}`}
                  />
                </div>
              ) : null}
            </div>
            <BlockFields
              block={block}
              index={index}
              error={error}
              disabled={disabled}
              onChange={(changed) =>
                onChange(blocks.map((old, at) => (at === index ? changed : old)))
              }
            />
          </li>
        ))}
      </ol>
      <FieldMessage id={`${kindId}-blocks-error`} message={fieldError(error, "blocks")} />
      {canEdit ? (
        <div className="flex flex-wrap items-end gap-3 border-t border-border pt-5">
          <div className="flex flex-col gap-2">
            <Label htmlFor={kindId}>Kind of block</Label>
            <select
              id={kindId}
              ref={kindRef}
              defaultValue={"reading" satisfies ContentBlockKind}
              disabled={disabled}
              className={selectClass}
            >
              {contentBlockKindSchema.options.map((option) => (
                <option key={option} value={option}>
                  {blockKindLabels[option]}
                </option>
              ))}
            </select>
          </div>
          <AddButton disabled={disabled || blocks.length >= mostBlocks} onClick={add}>
            Add a block
          </AddButton>
        </div>
      ) : null}
    </div>
  );
}
