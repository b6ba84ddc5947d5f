import type { EvidenceRequirement } from "../credential.ts";
import type { EvidenceSource } from "../enums.ts";

/**
 * A piece of evidence as the readiness rule sees it. A clip of the teacher's classroom video
 * (`video_clip`) counts as a file where files are asked for and as a link where a link is.
 */
export interface EvidenceItemFacts {
  requirementKey: string;
  source: EvidenceSource | "video_clip";
  annotation: string;
  text: string;
  url: string | null;
}

interface MissingRequirement {
  requirementKey: string;
  message: string;
}

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === "" ? 0 : words.length;
}

/**
 * What still stands between a draft and submitting it, one message per requirement, in the
 * definition's order. Optional requirements are never missing, but what is given for them
 * must still be complete (an annotation the requirement asks for).
 */
export function missingRequirements(
  requirements: readonly EvidenceRequirement[],
  items: readonly EvidenceItemFacts[],
): MissingRequirement[] {
  const missing: MissingRequirement[] = [];
  for (const requirement of requirements) {
    const mine = items.filter((item) => item.requirementKey === requirement.key);
    const problem = problemWith(requirement, mine);
    if (problem) missing.push({ requirementKey: requirement.key, message: problem });
  }
  return missing;
}

function problemWith(
  requirement: EvidenceRequirement,
  items: readonly EvidenceItemFacts[],
): string | null {
  if (requirement.kind === "reflection") {
    const words = items.reduce((sum, item) => sum + wordCount(item.text), 0);
    if (words === 0 && requirement.optional) return null;
    if (words < Math.max(1, requirement.minWords)) {
      return `${requirement.label}: write at least ${requirement.minWords} words (${words} so far).`;
    }
    return null;
  }
  if (requirement.kind === "link") {
    const links = items.filter((item) => item.url || item.source === "video_clip");
    if (links.length === 0)
      return requirement.optional ? null : `${requirement.label}: add a link.`;
    return null;
  }
  const files = items.filter(
    (item) =>
      item.source === "plan_file" || item.source === "upload" || item.source === "video_clip",
  );
  if (files.length === 0 && requirement.optional) return null;
  if (files.length < requirement.minItems) {
    const noun = requirement.minItems === 1 ? "file" : "files";
    return `${requirement.label}: attach ${requirement.minItems} ${noun} (${files.length} so far).`;
  }
  if (requirement.annotationPrompt) {
    const unannotated = files.filter((item) => item.annotation.trim() === "").length;
    if (unannotated > 0) {
      return `${requirement.label}: annotate every file (${unannotated} without an annotation).`;
    }
  }
  return null;
}
