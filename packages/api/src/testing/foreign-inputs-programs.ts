import type { ForeignIds } from "./foreign-ids.ts";

/*
 * Programs aimed at another district's program. The inputs leave the caller's own district as
 * the demo has it when they get through: the program keeps its name, stays open and stays
 * required of every teacher.
 */
export const programInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "programs.create": () => ({ title: "A program elsewhere", summary: "" }),
  "programs.update": (foreign) => ({
    programId: foreign.programId,
    title: "Instructional framework",
    summary: "The district's staged path through its instructional framework.",
  }),
  "programs.archive": (foreign) => ({ programId: foreign.programId, archived: false }),
  "programs.reorder": (foreign) => ({ programIds: [foreign.programId] }),
  "programs.setRequirements": (foreign) => ({
    programId: foreign.programId,
    requirements: [{ role: "teacher", schoolId: null }],
  }),
};
