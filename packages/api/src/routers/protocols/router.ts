import {
  createProtocol,
  listProtocols,
  protocolNameTaken,
} from "@throughline/db/queries/framework/protocols";
import { protocol } from "@throughline/db/schema";
import { createProtocolInputSchema } from "@throughline/domain/protocol";
import { auditCreated } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { coachProcedure, createRouter } from "../../trpc.ts";

export const protocolsRouter = createRouter({
  /** The district's protocols with their timed steps, to build agendas from. */
  list: coachProcedure.query(({ ctx }) => listProtocols(ctx.tx)),

  /** Adds one of the district's own protocols next to the defaults. */
  create: coachProcedure.input(createProtocolInputSchema).mutation(async ({ ctx, input }) => {
    // Checked first: a unique violation would abort the request's transaction with a 500.
    if (await protocolNameTaken(ctx.tx, { name: input.name })) {
      throw fieldProblem(["name"], "A protocol with this name already exists");
    }
    const id = await createProtocol(ctx.tx, {
      ...input,
      districtId: ctx.districtId,
      createdById: ctx.personId,
    });
    await auditCreated(ctx, { table: protocol, kind: "protocol", id }, "framework.created");
    return { id };
  }),
});
