import { describe, expect, it } from "vitest";
import { createRouter, viewerProcedure } from "./trpc.ts";

describe("viewerProcedure", () => {
  it("gives a procedure the viewer and no transaction to read anything else with", () => {
    const router = createRouter({
      name: viewerProcedure.query(({ ctx }) => {
        // @ts-expect-error A viewer-only procedure opens no tenant transaction: there is no tx.
        void ctx.tx;
        return ctx.viewer.person.displayName;
      }),
    });
    expect(router._def.procedures.name).toBeDefined();
  });
});
