import type { ForeignIds } from "./foreign-ids.ts";

/** The audit log's filters aimed at another district's person and records. */
export const auditInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "auditLog.list": (foreign) => ({
    filter: { actorId: foreign.personId, subjectId: foreign.personId },
    page: 1,
  }),
  "auditLog.csv": (foreign) => ({ subjectId: foreign.personId }),
};
