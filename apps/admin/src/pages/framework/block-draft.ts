import type { ContentBlockKind } from "@throughline/domain/enums";
import type { ContentBlock } from "@throughline/domain/framework";

export const blockKindLabels: Record<ContentBlockKind, string> = {
  reading: "Reading",
  video: "Video",
  strategy_card: "Strategy card",
  classroom_task: "Classroom task",
};

export function blankBlock(kind: ContentBlockKind): ContentBlock {
  switch (kind) {
    case "reading":
      return { kind, markdown: "" };
    case "video":
      return { kind, url: "", title: "", transcript: "" };
    case "strategy_card":
      return { kind, title: "", steps: [""] };
    case "classroom_task":
      return { kind, instructions: "" };
  }
}

/** What is sent: a strategy card's blank lines are not steps. */
export function blockToSave(block: ContentBlock): ContentBlock {
  if (block.kind !== "strategy_card") return block;
  return { ...block, steps: block.steps.filter((step) => step.trim() !== "") };
}
