import type { ForeignIds } from "./foreign-ids.ts";

/** Framework and framework-admin procedures, each aimed at another district's rows. */
export const frameworkInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "framework.stage": (foreign) => ({ stageId: foreign.stageId }),
  "frameworkAdmin.stage": (foreign) => ({ stageId: foreign.stageId }),
  "frameworkAdmin.session": (foreign) => ({ sessionId: foreign.sessionId }),
  "frameworkAdmin.createStage": (foreign) => ({
    programId: foreign.programId,
    title: "A stage elsewhere",
    summary: "Only the caller's own district is touched.",
    meetingsRequired: 0,
    requiresConfirmation: false,
    openToAll: false,
  }),
  "frameworkAdmin.updateStage": (foreign) => ({
    stageId: foreign.stageId,
    title: "Renamed",
    summary: "Renamed",
    meetingsRequired: 0,
    requiresConfirmation: false,
    openToAll: false,
  }),
  "frameworkAdmin.reorderStages": (foreign) => ({
    programId: foreign.programId,
    stageIds: [foreign.stageId],
  }),
  "frameworkAdmin.deleteStage": (foreign) => ({ stageId: foreign.stageId }),
  "frameworkAdmin.createSession": (foreign) => ({
    stageId: foreign.stageId,
    title: "A session elsewhere",
    summary: "Only the caller's own district is touched.",
    estimatedMinutes: 15,
    reflectionPrompts: ["Why?"],
    indicatorIds: [foreign.indicatorId],
  }),
  "frameworkAdmin.reorderSessions": (foreign) => ({
    stageId: foreign.stageId,
    sessionIds: [foreign.sessionId],
  }),
  "frameworkAdmin.deleteSession": (foreign) => ({ sessionId: foreign.sessionId }),
  "frameworkAdmin.saveSession": (foreign) => ({
    sessionId: foreign.sessionId,
    title: "Renamed",
    summary: "Renamed",
    estimatedMinutes: 15,
    reflectionPrompts: ["Why?"],
    afterLessonPrompts: ["How did it go?"],
    indicatorIds: [foreign.indicatorId],
    blocks: [{ kind: "reading", markdown: "Read this." }],
    baseRevision: 0,
  }),
  "frameworkAdmin.createIndicator": () => ({
    code: "9.9",
    title: "An indicator elsewhere",
    description: "Only the caller's own district is touched.",
  }),
  "frameworkAdmin.updateIndicator": (foreign) => ({
    indicatorId: foreign.indicatorId,
    code: "9.9",
    title: "Renamed",
    description: "Renamed",
  }),
  // The seed's protocol ids are not collected: a Maple Valley protocol step id stands in.
  "frameworkAdmin.updateProtocol": (foreign) => ({
    protocolId: foreign.protocolStepId,
    name: "Renamed",
    purpose: "Renamed",
    steps: [{ title: "Step", purpose: "A purpose", minutes: 5, prompts: [] }],
  }),
};
