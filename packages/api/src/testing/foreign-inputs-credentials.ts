import type { ForeignIds } from "./foreign-ids.ts";

/** Micro-credential procedures (earning, reviewing, calibrating, defining), aimed elsewhere. */
export const credentialInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "calibration.set": (foreign) => ({ credentialId: foreign.credentialId }),
  "calibration.submit": (foreign) => ({
    credentialId: foreign.credentialId,
    versionId: foreign.credentialId,
    answers: {},
  }),
  // No submission is seeded: a credential id stands in (routers/credential-reviews/router.test.ts tries a real one).
  "credentialReviews.submission": (foreign) => ({ submissionId: foreign.credentialId }),
  "credentialReviews.saveDraft": (foreign) => ({
    submissionId: foreign.credentialId,
    scores: {},
    feedback: {},
  }),
  "credentialReviews.submit": (foreign) => ({
    submissionId: foreign.credentialId,
    scores: {},
    feedback: {},
  }),
  "credentialReviews.decide": (foreign) => ({
    submissionId: foreign.credentialId,
    scores: {},
    feedback: {},
  }),
  "credentials.detail": (foreign) => ({ credentialId: foreign.credentialId }),
  "credentials.submission": (foreign) => ({ credentialId: foreign.credentialId }),
  "credentials.start": (foreign) => ({ credentialId: foreign.credentialId }),
  // No submission is seeded: another district's step id stands in for one, as any id must fail.
  "credentials.addEvidence": (foreign) => ({
    submissionId: foreign.stepId,
    requirementKey: "reflection",
    source: "text",
    text: "Written elsewhere.",
  }),
  "credentials.updateEvidence": (foreign) => ({ itemId: foreign.stepId, annotation: "Changed" }),
  "credentials.removeEvidence": (foreign) => ({ itemId: foreign.stepId }),
  "credentials.moveEvidence": (foreign) => ({ itemId: foreign.stepId, direction: "up" }),
  "credentials.submit": (foreign) => ({ submissionId: foreign.stepId }),
  "credentialAdmin.get": (foreign) => ({ credentialId: foreign.credentialId }),
  "credentialAdmin.create": (foreign) => ({ ...foreignDefinition(foreign) }),
  "credentialAdmin.update": (foreign) => ({
    credentialId: foreign.credentialId,
    definition: foreignDefinition(foreign),
  }),
  "credentialAdmin.setArchived": (foreign) => ({
    credentialId: foreign.credentialId,
    archived: true,
  }),
  "credentialAdmin.nameLead": (foreign) => ({
    credentialId: foreign.credentialId,
    personId: foreign.personId,
  }),
  "credentialAdmin.removeLead": (foreign) => ({
    credentialId: foreign.credentialId,
    personId: foreign.personId,
  }),
  "credentialAdmin.saveReviewSettings": () => ({
    excludesCoached: false,
    blind: true,
    reviewsRequired: 2,
    waitingDays: 3,
  }),
  "credentialAdmin.awardedBadges": () => ({ search: "" }),
  // No badge is seeded: a credential id stands in, as any foreign id must fail.
  "credentialAdmin.revokeBadge": (foreign) => ({
    badgeId: foreign.credentialId,
    reason: "Not yours to revoke.",
  }),
};

/** A credential definition pointing at another district's stage and indicator. */
function foreignDefinition(foreign: ForeignIds) {
  return {
    name: "A credential elsewhere",
    competency: "Only the caller's own district is touched.",
    keyMethod: "Method",
    criteriaNarrative: "Criteria",
    stageId: foreign.stageId,
    indicatorIds: [foreign.indicatorId],
    requirements: [{ key: "plan", kind: "files", label: "Plan" }],
    rubric: {
      levels: [
        { key: "low", label: "Low" },
        { key: "high", label: "High" },
      ],
      criteria: [{ key: "one", name: "One", descriptors: { low: "Low.", high: "High." } }],
    },
    passingRule: { minimumLevel: "high", allowedOneBelow: 0 },
    pdHours: 1,
    validityMonths: null,
  };
}
