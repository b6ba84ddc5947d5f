import { createRouter } from "../../trpc.ts";
import { readObservationProcedures } from "./read.ts";
import { recordObservationProcedures } from "./record.ts";
import { respondObservationProcedures } from "./respond.ts";
import { observationTargetProcedures } from "./targets.ts";

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
