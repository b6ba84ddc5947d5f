import { isAPIError } from "better-auth/api";

/** What an auth endpoint answered, as an after-hook sees it: the JSON value, or null for an error or a raw response. */
export function endpointResult(ctx: { context: { returned?: unknown } }): unknown {
  const returned = ctx.context.returned;
  if (returned === undefined || returned === null) return null;
  if (returned instanceof Response || isAPIError(returned)) return null;
  return returned;
}
