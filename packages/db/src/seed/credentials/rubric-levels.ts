import type { RubricLevel } from "@throughline/domain/credential";

/** The four levels every seeded rubric uses, lowest first; proficient is the bar. */
export const seedLevels: RubricLevel[] = [
  { key: "beginning", label: "Beginning" },
  { key: "developing", label: "Developing" },
  { key: "proficient", label: "Proficient" },
  { key: "exemplary", label: "Exemplary" },
];

/** Descriptors in level order: beginning, developing, proficient, exemplary. */
export function descriptors(
  beginning: string,
  developing: string,
  proficient: string,
  exemplary: string,
): Record<string, string> {
  return { beginning, developing, proficient, exemplary };
}
