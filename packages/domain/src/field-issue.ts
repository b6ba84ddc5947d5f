import type { z } from "zod";

/**
 * Flags one field (by its `path` in the value being refined) with a message a form shows beside
 * it: the one way the schemas' cross-field rules report what is wrong.
 */
export function fieldIssue(
  ctx: z.RefinementCtx,
  path: readonly (string | number)[],
  message: string,
): void {
  ctx.addIssue({ code: "custom", path: [...path], message });
}
