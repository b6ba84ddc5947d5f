import type { ContentBlock } from "@throughline/domain/framework";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { Markdown } from "@throughline/ui/markdown";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { VideoEmbed } from "@throughline/ui/video-embed";
import type { ReactNode } from "react";

export interface BlockFieldsProps {
  block: ContentBlock;
  /** The block's place in the list, as the server names its fields: `blocks.2.url`. */
  index: number;
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (block: ContentBlock) => void;
}

function Preview({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      className="rounded-md border border-dashed border-border bg-muted/40 p-4"
    >
      <p className="mb-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        Preview
      </p>
      {children}
    </section>
  );
}

/** The fields of one block, by kind, with a live preview of what teachers will see. */
export function BlockFields({ block, index, error, disabled, onChange }: BlockFieldsProps) {
  const errorOf = (field: string) => fieldError(error, `blocks.${index}.${field}`);
  const number = index + 1;
  switch (block.kind) {
    case "reading":
      return (
        <div className="grid gap-4 lg:grid-cols-2">
          <TextAreaField
            label={`Block ${number} reading (Markdown)`}
            hint="Headings with #, lists with -, links with [text](https://…)."
            rows={10}
            value={block.markdown}
            disabled={disabled}
            error={errorOf("markdown")}
            onChange={(event) => onChange({ ...block, markdown: event.target.value })}
          />
          <Preview label={`Block ${number} preview`}>
            {block.markdown.trim() ? (
              <Markdown headingLevel={4}>{block.markdown}</Markdown>
            ) : (
              <p className="text-sm text-muted-foreground">
                The reading appears here as you write.
              </p>
            )}
          </Preview>
        </div>
      );
    case "video":
      return (
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="flex flex-col gap-4">
            <FormField
              label={`Block ${number} video address`}
              hint="A YouTube or Vimeo link, or a video file ending in .mp4 or .webm."
              type="url"
              placeholder="https://"
              value={block.url}
              disabled={disabled}
              error={errorOf("url")}
              onChange={(event) => onChange({ ...block, url: event.target.value })}
            />
            <FormField
              label={`Block ${number} video title`}
              value={block.title}
              disabled={disabled}
              error={errorOf("title")}
              onChange={(event) => onChange({ ...block, title: event.target.value })}
            />
            <TextAreaField
              label={`Block ${number} transcript`}
              hint="Required: every video has a transcript for teachers who cannot hear it."
              rows={6}
              value={block.transcript}
              disabled={disabled}
              error={errorOf("transcript")}
              onChange={(event) => onChange({ ...block, transcript: event.target.value })}
            />
          </div>
          <Preview label={`Block ${number} preview`}>
            {block.url.trim() ? (
              <VideoEmbed
                url={block.url}
                title={block.title || "Untitled video"}
                transcript={block.transcript}
              />
            ) : (
              <p className="text-sm text-muted-foreground">
                The player appears here once the address is in.
              </p>
            )}
          </Preview>
        </div>
      );
    case "strategy_card":
      return (
        <div className="flex flex-col gap-4">
          <FormField
            label={`Block ${number} strategy name`}
            value={block.title}
            disabled={disabled}
            error={errorOf("title")}
            onChange={(event) => onChange({ ...block, title: event.target.value })}
          />
          <TextAreaField
            label={`Block ${number} steps, one a line`}
            rows={5}
            value={block.steps.join("\n")}
            disabled={disabled}
            error={errorOf("steps") ?? errorOf("steps.0")}
            onChange={(event) => onChange({ ...block, steps: event.target.value.split("\n") })}
          />
        </div>
      );
    case "classroom_task":
      return (
        <div className="grid gap-4 lg:grid-cols-2">
          <TextAreaField
            label={`Block ${number} classroom task`}
            rows={6}
            value={block.instructions}
            disabled={disabled}
            error={errorOf("instructions")}
            onChange={(event) => onChange({ ...block, instructions: event.target.value })}
          />
          <Preview label={`Block ${number} preview`}>
            <p className="leading-7 whitespace-pre-line text-foreground">{block.instructions}</p>
          </Preview>
        </div>
      );
  }
}
