import type { ForeignIds } from "./foreign-ids.ts";

/** A request for PD credit and a request id, both aimed at another district's rows. */
const externalPdRequest = {
  title: "IB Category 2 Workshop",
  provider: "International Baccalaureate",
  kind: "workshop",
  startOn: "2026-10-01",
  endOn: "2026-10-03",
  hours: 6.5,
  description: null,
};

/** PD-credit calls aimed at another district's request (any of its ids) and teacher. */
export const externalPdInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "externalPd.submit": () => externalPdRequest,
  "externalPd.update": (foreign) => ({ ...externalPdRequest, requestId: foreign.personId }),
  "externalPd.withdraw": (foreign) => ({ requestId: foreign.personId }),
  "externalPd.queue": () => ({ status: "submitted" }),
  "externalPd.approve": (foreign) => ({ requestId: foreign.personId }),
  "externalPd.return": (foreign) => ({ requestId: foreign.personId, reason: "Not this one." }),
  "transcript.forTeacher": (foreign) => ({ personId: foreign.personId }),
};
