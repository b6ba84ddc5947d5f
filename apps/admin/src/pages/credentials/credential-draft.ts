import type {
  CredentialDefinitionInput,
  CredentialImage,
} from "@throughline/domain/credential-admin";
import { uniqueKeys } from "@throughline/domain/credential-admin";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import type { CredentialDetail } from "./types.ts";

/*
 * The credential form's state. Rows carry a local id so React keeps focus while they move;
 * keys are made from labels when the form is sent, so admins never type one.
 */

export type RequirementKind = "files" | "reflection" | "link";

export interface RequirementDraft {
  id: string;
  /** The saved key; null for a new row, whose key is made from its label. */
  key: string | null;
  kind: RequirementKind;
  label: string;
  instructions: string;
  minItems: string;
  annotationPrompt: string;
  minWords: string;
  optional: boolean;
}

export interface LevelDraft {
  id: string;
  key: string | null;
  label: string;
}

export interface CriterionDraft {
  id: string;
  key: string | null;
  name: string;
  /** Level id → descriptor. */
  descriptors: Record<string, string>;
}

export interface CredentialDraft {
  name: string;
  competency: string;
  keyMethod: string;
  criteriaNarrative: string;
  stageId: string;
  /** "": the district's own credential, open across all its programs. */
  programId: string;
  indicatorIds: string[];
  requirements: RequirementDraft[];
  levels: LevelDraft[];
  criteria: CriterionDraft[];
  /** A level id. */
  minimumLevel: string;
  allowedOneBelow: string;
  pdHours: string;
  validityMonths: string;
  /** Undefined: keep the saved image; null: none. */
  image: CredentialImage | null | undefined;
}

let counter = 0;
export function localId(): string {
  counter += 1;
  return `row-${counter}`;
}

export function emptyRequirement(): RequirementDraft {
  return {
    id: localId(),
    key: null,
    kind: "files",
    label: "",
    instructions: "",
    minItems: "1",
    annotationPrompt: "",
    minWords: "0",
    optional: false,
  };
}

export function emptyCriterion(levels: readonly LevelDraft[]): CriterionDraft {
  return {
    id: localId(),
    key: null,
    name: "",
    descriptors: Object.fromEntries(levels.map((l) => [l.id, ""])),
  };
}

export function emptyDraft(): CredentialDraft {
  const levels = ["Developing", "Proficient", "Exemplary"].map((label) => ({
    id: localId(),
    key: null,
    label,
  }));
  return {
    name: "",
    competency: "",
    keyMethod: "",
    criteriaNarrative: "",
    stageId: "",
    programId: "",
    indicatorIds: [],
    requirements: [emptyRequirement()],
    levels,
    criteria: [emptyCriterion(levels)],
    minimumLevel: levels[1]?.id ?? "",
    allowedOneBelow: "0",
    pdHours: "",
    validityMonths: "",
    image: undefined,
  };
}

export function draftOf(detail: CredentialDetail): CredentialDraft {
  const { definition } = detail;
  // Saved keys stay: calibration scores and earlier evidence name criteria and levels by key.
  const levels = definition.rubric.levels.map((level) => ({
    id: localId(),
    key: level.key,
    label: level.label,
  }));
  const levelIdOf = new Map(definition.rubric.levels.map((level, i) => [level.key, levels[i]?.id]));
  return {
    name: definition.name,
    competency: definition.competency,
    keyMethod: definition.keyMethod,
    criteriaNarrative: definition.criteriaNarrative,
    stageId: definition.stageId ?? "",
    programId: definition.programId ?? "",
    indicatorIds: definition.indicatorIds,
    requirements: definition.requirements.map((requirement) => ({
      id: localId(),
      key: requirement.key,
      kind: requirement.kind,
      label: requirement.label,
      instructions: requirement.instructions,
      minItems: String(requirement.minItems),
      annotationPrompt: requirement.annotationPrompt ?? "",
      minWords: String(requirement.minWords),
      optional: requirement.optional,
    })),
    levels,
    criteria: definition.rubric.criteria.map((criterion) => ({
      id: localId(),
      key: criterion.key,
      name: criterion.name,
      descriptors: Object.fromEntries(
        definition.rubric.levels.map((level, i) => [
          levels[i]?.id ?? level.key,
          criterion.descriptors[level.key] ?? "",
        ]),
      ),
    })),
    minimumLevel: levelIdOf.get(definition.passingRule.minimumLevel) ?? "",
    allowedOneBelow: String(definition.passingRule.allowedOneBelow),
    pdHours: String(definition.pdHours),
    validityMonths: definition.validityMonths === null ? "" : String(definition.validityMonths),
    image: undefined,
  };
}

/** A number field as sent: blank and nonsense go as NaN so the server names the field. */
function numberOf(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

/** Saved keys as they were; new rows get keys from their labels, unlike any other. */
function keysOf(
  rows: readonly { key: string | null; label: string }[],
  fallback: string,
): string[] {
  const taken = new Set(rows.flatMap((row) => (row.key ? [row.key] : [])));
  return rows.map((row) => {
    if (row.key) return row.key;
    const [base = fallback] = uniqueKeys([row.label], fallback);
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base.slice(0, 36)}_${n}`;
    taken.add(key);
    return key;
  });
}

/** The keys the levels get when sent; error paths name descriptors by them. */
export function levelKeysOf(draft: CredentialDraft): string[] {
  return keysOf(draft.levels, "level");
}

export function inputOf(draft: CredentialDraft): CredentialDefinitionInput {
  const levelKeys = levelKeysOf(draft);
  const keyOfLevel = new Map(draft.levels.map((level, i) => [level.id, levelKeys[i] ?? ""]));
  const criterionKeys = keysOf(
    draft.criteria.map((criterion) => ({ key: criterion.key, label: criterion.name })),
    "criterion",
  );
  // Two requirements with one name are the server's to name, so new keys may repeat here.
  const requirementKeys = draft.requirements.map(
    (requirement) =>
      requirement.key ?? uniqueKeys([requirement.label], "requirement")[0] ?? "requirement",
  );
  return {
    name: draft.name,
    competency: draft.competency,
    keyMethod: draft.keyMethod,
    criteriaNarrative: draft.criteriaNarrative,
    stageId: draft.stageId === "" ? null : draft.stageId,
    programId: draft.programId === "" ? null : draft.programId,
    indicatorIds: draft.indicatorIds,
    requirements: draft.requirements.map((requirement, i) => ({
      key: requirementKeys[i] ?? "requirement",
      kind: requirement.kind,
      label: requirement.label,
      instructions: requirement.instructions,
      minItems: requirement.kind === "files" ? numberOf(requirement.minItems) : 1,
      annotationPrompt:
        requirement.kind === "files" && requirement.annotationPrompt.trim() !== ""
          ? requirement.annotationPrompt
          : null,
      minWords: requirement.kind === "reflection" ? numberOf(requirement.minWords) : 0,
      optional: requirement.optional,
    })),
    rubric: {
      levels: draft.levels.map((level, i) => ({ key: levelKeys[i] ?? "", label: level.label })),
      criteria: draft.criteria.map((criterion, i) => ({
        key: criterionKeys[i] ?? "",
        name: criterion.name,
        descriptors: Object.fromEntries(
          draft.levels.map((level) => [
            keyOfLevel.get(level.id) ?? "",
            criterion.descriptors[level.id] ?? "",
          ]),
        ),
      })),
    },
    passingRule: {
      minimumLevel: keyOfLevel.get(draft.minimumLevel) ?? "",
      allowedOneBelow: numberOf(draft.allowedOneBelow),
    },
    pdHours: numberOf(draft.pdHours),
    validityMonths: draft.validityMonths.trim() === "" ? null : numberOf(draft.validityMonths),
    ...(draft.image === undefined ? {} : { image: draft.image }),
  };
}

/**
 * The refusal with `definition.` taken off its field paths, so the create and update forms name
 * fields the same way.
 */
export function definitionProblems(error: ApiErrorLike | null): ApiErrorLike | null {
  if (!error) return null;
  const fieldErrors = error.data?.fieldErrors?.map((problem) => ({
    ...problem,
    path: problem.path.replace(/^definition\./, ""),
  }));
  return { message: error.message, data: { fieldErrors: fieldErrors ?? null } };
}
