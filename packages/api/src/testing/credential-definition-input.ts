import type { CredentialDefinitionInput } from "@throughline/domain/credential-admin";

/**
 * For tests: a micro-credential definition an admin may save (two requirements, a two-level
 * rubric, 2.5 PD hours, no stage), with whatever the test is about in `overrides`.
 */
export function credentialDefinitionInput(
  overrides: Partial<CredentialDefinitionInput> = {},
): CredentialDefinitionInput {
  return {
    name: "Exit Tickets That Steer Tomorrow",
    competency: "The teacher uses exit tickets to plan the next lesson.",
    keyMethod: "Formative assessment",
    criteriaNarrative: "Show three exit tickets and what you changed because of them.",
    stageId: null,
    indicatorIds: [],
    requirements: [
      { key: "lesson_plan", kind: "files", label: "Lesson plan" },
      { key: "reflection", kind: "reflection", label: "Reflection", minWords: 150 },
    ],
    rubric: {
      levels: [
        { key: "developing", label: "Developing" },
        { key: "proficient", label: "Proficient" },
      ],
      criteria: [
        {
          key: "alignment",
          name: "Alignment",
          descriptors: { developing: "Loosely tied.", proficient: "Tied to the standard." },
        },
      ],
    },
    passingRule: { minimumLevel: "proficient", allowedOneBelow: 0 },
    pdHours: 2.5,
    validityMonths: null,
    ...overrides,
  };
}
