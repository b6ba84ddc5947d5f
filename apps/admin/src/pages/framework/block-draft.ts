import type { ContentBlockKind } from "@throughline/domain/enums";
import type { ContentBlock } from "@throughline/domain/framework";

/** A block in the editor, with a key that stays with it while blocks move. */
export interface BlockDraft {
  key: string;
  block: ContentBlock;
}

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

let nextKey = 0;
export function draftOf(block: ContentBlock): BlockDraft {
  nextKey += 1;
  return { key: `block-${nextKey}`, block };
}

/** What is sent: a strategy card's blank lines are not steps. */
export function blockToSave(block: ContentBlock): ContentBlock {
  if (block.kind !== "strategy_card") return block;
  return { ...block, steps: block.steps.filter((step) => step.trim() !== "") };
}
