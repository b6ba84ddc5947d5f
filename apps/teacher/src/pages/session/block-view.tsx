import { Markdown } from "@throughline/ui/markdown";
import { VideoEmbed } from "@throughline/ui/video-embed";
import { Lightbulb, School } from "lucide-react";
import type { Block } from "./types.ts";

/** The short name of a block, for the stepper and the step heading. */
export function blockLabel(block: Block): string {
  switch (block.kind) {
    case "video":
      return "Video";
    case "reading":
      return "Reading";
    case "strategy_card":
      return "Strategy";
    case "classroom_task":
      return "Classroom task";
  }
}

/** One content block as the player shows it; headings start at h3 under the step's h2. */
export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "video":
      return (
        <div className="flex flex-col gap-3">
          <h3 className="text-lg font-semibold">{block.title}</h3>
          <VideoEmbed url={block.url} title={block.title} transcript={block.transcript} />
        </div>
      );
    case "reading":
      return <Markdown headingLevel={3}>{block.markdown}</Markdown>;
    case "strategy_card":
      return (
        <div className="rounded-[var(--radius-card)] border border-primary/25 bg-primary-soft p-5 sm:p-6">
          <p className="inline-flex items-center gap-2 text-xs font-semibold tracking-wide text-primary-soft-foreground uppercase">
            <Lightbulb aria-hidden="true" className="size-4" />
            Strategy card
          </p>
          <h3 className="mt-1 text-lg font-semibold text-foreground">{block.title}</h3>
          <ol className="mt-4 flex flex-col gap-3">
            {block.steps.map((step, index) => (
              <li key={`${index}-${step}`} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="flex size-7 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground"
                >
                  {index + 1}
                </span>
                <span className="pt-0.5">{step}</span>
              </li>
            ))}
          </ol>
        </div>
      );
    case "classroom_task":
      return (
        <div className="rounded-[var(--radius-card)] border-2 border-warning/40 bg-warning-soft p-5 sm:p-6">
          <h3 className="inline-flex items-center gap-2 text-lg font-semibold text-foreground">
            <School aria-hidden="true" className="size-5 text-warning" />
            Try it in your classroom
          </h3>
          <p className="mt-3 leading-7 whitespace-pre-line text-foreground">{block.instructions}</p>
        </div>
      );
  }
}
