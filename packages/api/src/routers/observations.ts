import { createRouter } from "../trpc.ts";
import { readObservationProcedures } from "./observations-read.ts";
import { recordObservationProcedures } from "./observations-record.ts";
import { respondObservationProcedures } from "./observations-respond.ts";
import { observationTargetProcedures } from "./observations-targets.ts";

/**
 * Classroom observations. Every procedure reads through the db package's visibility layer
 * (queries/observation-visibility.ts): coaching content never reaches a principal unless the
 * teacher shares it.
 */
export const observationsRouter = createRouter({
  ...recordObservationProcedures,
  ...readObservationProcedures,
  ...respondObservationProcedures,
  ...observationTargetProcedures,
});
