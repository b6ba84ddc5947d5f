import type { ForeignIds } from "./foreign-ids.ts";

/** The pulse aimed at another district's MicroPD session. */
export const sessionFeedbackInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "sessionFeedback.forItem": (foreign) => ({
    itemKind: "micropd_session",
    itemId: foreign.sessionId,
  }),
  "sessionFeedback.answer": (foreign) => ({
    itemKind: "micropd_session",
    itemId: foreign.sessionId,
    usefulness: 3,
    willUse: "yes",
  }),
  "sessionFeedback.skip": (foreign) => ({ itemKind: "micropd_session", itemId: foreign.sessionId }),
};
