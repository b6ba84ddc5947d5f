import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { serializeAnswer } from "./answer-serializer.ts";

/*
 * A request whose body is not what the tRPC client sends (not JSON, `null`, a bare string) used
 * to answer 400 with the parser's own words ("Cannot destructure property 'json' of …",
 * "Unexpected token } in JSON at position 7"). These answer with a message that says what is
 * wrong with the request instead, and no internal text leaves the server.
 */

export const MALFORMED_BODY_MESSAGE =
  "The request body is not in the form this API reads: JSON as the tRPC client sends it.";

/** superjson, refusing anything but the `{ json, meta }` object it writes. */
export const requestTransformer = {
  input: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (payload: unknown) => {
      if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
        throw new TRPCError({ code: "BAD_REQUEST", message: MALFORMED_BODY_MESSAGE });
      }
      try {
        return superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0]);
      } catch {
        throw new TRPCError({ code: "BAD_REQUEST", message: MALFORMED_BODY_MESSAGE });
      }
    },
  },
  // Answers skip superjson's walk when they are plain JSON already (the same bytes).
  output: {
    serialize: serializeAnswer,
    deserialize: (payload: Parameters<typeof superjson.deserialize>[0]) =>
      superjson.deserialize(payload),
  },
};

/**
 * True for a 400 whose message tRPC copied from an internal error while reading the body (a
 * JSON syntax error, a failed destructuring); our own 400s carry a ZodError or no cause.
 */
export function carriesInternalMessage(error: TRPCError): boolean {
  const cause = error.cause;
  if (error.code !== "BAD_REQUEST" && error.code !== "PARSE_ERROR") return false;
  if (!(cause instanceof Error) || cause instanceof TRPCError || cause instanceof ZodError) {
    return false;
  }
  return cause.message === error.message;
}
