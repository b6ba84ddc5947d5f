import type { BadgeVariant } from "@throughline/ui/badge";
import { formatDate } from "@throughline/ui/format";
import type { Definition, Requirement } from "./types.ts";

/** "Mar 10, 2030". */
export function formatShortDate(date: Date): string {
  return formatDate(date);
}

/** One requirement in a few words: "3 annotated files", "Reflection of 150+ words". */
export function requirementSummary(requirement: Requirement): string {
  const optional = requirement.optional ? " (optional)" : "";
  if (requirement.kind === "reflection") {
    return `${requirement.label}: ${requirement.minWords}+ words${optional}`;
  }
  if (requirement.kind === "link") return `${requirement.label}: a link${optional}`;
  const files = requirement.minItems === 1 ? "1 file" : `${requirement.minItems} files`;
  const annotated = requirement.annotationPrompt ? ", annotated" : "";
  return `${requirement.label}: ${files}${annotated}${optional}`;
}

/** The passing rule as a reviewer would say it. */
export function passingRuleText(definition: Pick<Definition, "rubric" | "passingRule">): string {
  const { levels } = definition.rubric;
  const minimum = levels.find((level) => level.key === definition.passingRule.minimumLevel);
  const label = minimum?.label ?? definition.passingRule.minimumLevel;
  const base = `Every criterion at ${label} or above`;
  const allowed = definition.passingRule.allowedOneBelow;
  if (allowed === 0) return `${base}.`;
  const criteria = allowed === 1 ? "one criterion" : `${allowed} criteria`;
  return `${base}, except that ${criteria} may sit one level below.`;
}

/** "Valid for 24 months" or "Does not expire". */
export function validityText(validityMonths: number | null): string {
  return validityMonths === null ? "Does not expire" : `Valid for ${validityMonths} months`;
}

export const statusVariants: Record<string, BadgeVariant> = {
  not_started: "neutral",
  draft: "info",
  submitted: "primary",
  not_yet: "warning",
  earned: "success",
};
