import type { ForeignIds } from "./foreign-ids.ts";

/** Any id: a package session's key names the source's session, in whatever installation. */
const SAMPLE_KEY = "00000000-0000-4000-8000-000000000001";

/** The smallest package a district could import: one session with one reading block. */
function samplePackage() {
  return {
    format: "throughline-library/1",
    kind: "stage",
    license: "CC BY 4.0",
    attribution: "Another district",
    source: { districtName: "Another district", version: 1 },
    stage: {
      title: "A shared stage",
      summary: "What the stage is about.",
      meetingsRequired: 0,
      requiresConfirmation: false,
      openToAll: false,
      sessions: [
        {
          key: SAMPLE_KEY,
          title: "A shared session",
          summary: "What the session is about.",
          estimatedMinutes: 15,
          reflectionPrompts: ["What will you try first?"],
          afterLessonPrompts: [],
          indicatorCodes: [],
          blocks: [{ kind: "reading", markdown: "Read this." }],
        },
      ],
    },
  };
}

/**
 * Library calls aimed at another district's stage, program, session and micro-credential. Library items themselves are
 * shared across districts by design; their ids here are any id of the other district (unknown).
 */
export const sharedLibraryInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "sharedLibrary.item": (foreign) => ({ itemId: foreign.stageId }),
  "sharedLibrary.publishStage": (foreign) => ({
    stageId: foreign.stageId,
    license: "CC BY 4.0",
    attribution: "Another district",
  }),
  "sharedLibrary.withdraw": (foreign) => ({ itemId: foreign.stageId }),
  "sharedLibrary.importItem": (foreign) => ({
    itemId: foreign.stageId,
    programId: foreign.programId,
  }),
  "sharedLibrary.importPackage": (foreign) => ({
    programId: foreign.programId,
    package: samplePackage(),
  }),
  "sharedLibrary.exportStage": (foreign) => ({ stageId: foreign.stageId }),
  "sharedLibrary.publishProgram": (foreign) => ({
    programId: foreign.programId,
    license: "CC BY 4.0",
    attribution: "Another district",
  }),
  "sharedLibrary.exportProgram": (foreign) => ({ programId: foreign.programId }),
  "sharedLibrary.publishSession": (foreign) => ({
    sessionId: foreign.sessionId,
    license: "CC BY 4.0",
    attribution: "Another district",
  }),
  "sharedLibrary.exportSession": (foreign) => ({ sessionId: foreign.sessionId }),
  "sharedLibrary.publishCredential": (foreign) => ({
    credentialId: foreign.credentialId,
    license: "CC BY 4.0",
    attribution: "Another district",
  }),
  "sharedLibrary.exportCredential": (foreign) => ({ credentialId: foreign.credentialId }),
  "sharedLibrary.applyUpdate": (foreign) => ({ importId: foreign.stageId }),
};
