import { MAX_CREDENTIAL_IMAGE_BYTES } from "@throughline/domain/credential-admin";
import { formatFileSize, MAX_EVIDENCE_BYTES } from "@throughline/domain/evidence";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/*
 * How large a request body each route accepts. Hono's bodyLimit counts the bytes as they arrive
 * (a chunked body with no Content-Length is cut off at the cap, never buffered whole; a declared
 * length is what Node's parser holds the body to), so nothing a route reads can be larger.
 */

const KB = 1024;
const MB = 1024 * KB;

/** Room for the multipart envelope and the owner's id around a file at its limit. */
const MULTIPART_OVERHEAD = 64 * KB;

export const REQUEST_BODY_LIMITS = {
  /**
   * Every tRPC call but the file imports below. The largest input, a MicroPD session's 30
   * blocks of up to 20,000 characters, stays under 2 MB even in three-byte characters.
   */
  jsonApi: 4 * MB,
  /** A roster import's files as the page sends them (ZIPs as base64, CSVs as text). */
  rosterUpload: 64 * MB,
  /** A ratings CSV of up to 2,000,000 characters, as JSON text. */
  ratingsUpload: 16 * MB,
  /** Sign-in, sign-out and everything else under /api/auth. */
  auth: 64 * KB,
  /** A SAML identity provider's signed answer posted to the ACS address. */
  samlAnswer: 1 * MB,
  /** Evidence, observation photos and submission evidence. */
  personalFile: MAX_EVIDENCE_BYTES + MULTIPART_OVERHEAD,
  credentialImage: MAX_CREDENTIAL_IMAGE_BYTES + MULTIPART_OVERHEAD,
  /** The server's own forms (set a password, set up, unsubscribe) and anything not named. */
  form: 64 * KB,
} as const;

/** The tRPC procedures that carry a roster's files, and those that carry a ratings CSV. */
const ROSTER_UPLOADS = new Set(["rosterImport.preview", "rosterImport.importFiles"]);
const RATINGS_UPLOADS = new Set(["ratingsImport.preview", "ratingsImport.importFile"]);

type Answer = "trpc" | "auth" | "file" | "text";

interface BodyCap {
  bytes: number;
  /** How the refusal is shaped, so each client shows the message where it shows errors. */
  answer: Answer;
  message: string;
}

function cap(bytes: number, answer: Answer, message: (limit: string) => string): BodyCap {
  return { bytes, answer, message: message(formatFileSize(bytes)) };
}

/** The cap for a request to `path` (the address's path, without the query). */
export function bodyCapFor(path: string): BodyCap {
  if (path.startsWith("/trpc/")) {
    // A batch names its procedures comma-separated: /trpc/a.b,c.d
    const procedures = path.slice("/trpc/".length).split(",");
    if (procedures.some((name) => ROSTER_UPLOADS.has(name))) {
      return cap(
        REQUEST_BODY_LIMITS.rosterUpload,
        "trpc",
        (limit) =>
          `The roster files come to more than ${limit}, the most one import takes. Leave out files this import does not read (demographics, results), or choose the ZIP instead.`,
      );
    }
    if (procedures.some((name) => RATINGS_UPLOADS.has(name))) {
      return cap(
        REQUEST_BODY_LIMITS.ratingsUpload,
        "trpc",
        (limit) =>
          `The ratings file comes to more than ${limit}, the most one import takes. Split it into smaller files and import them one by one.`,
      );
    }
    return cap(
      REQUEST_BODY_LIMITS.jsonApi,
      "trpc",
      (limit) => `This request is larger than ${limit}, the most the server accepts.`,
    );
  }
  if (path.startsWith("/api/auth/sso/saml2/")) {
    return cap(
      REQUEST_BODY_LIMITS.samlAnswer,
      "auth",
      (limit) => `The identity provider's answer is larger than ${limit}, the most accepted.`,
    );
  }
  if (path === "/api/auth" || path.startsWith("/api/auth/")) {
    return cap(
      REQUEST_BODY_LIMITS.auth,
      "auth",
      (limit) => `This sign-in request is larger than ${limit}, the most the server accepts.`,
    );
  }
  if (path === "/files/credential-images" || path.startsWith("/files/credential-images/")) {
    return cap(
      REQUEST_BODY_LIMITS.credentialImage,
      "file",
      () => `file: The image must be ${formatFileSize(MAX_CREDENTIAL_IMAGE_BYTES)} or smaller.`,
    );
  }
  if (path.startsWith("/files/")) {
    return cap(
      REQUEST_BODY_LIMITS.personalFile,
      "file",
      () => `This file is larger than the ${formatFileSize(MAX_EVIDENCE_BYTES)} limit.`,
    );
  }
  return cap(
    REQUEST_BODY_LIMITS.form,
    "text",
    (limit) => `This request is larger than ${limit}, the most the server accepts here.`,
  );
}

/** 413 in the shape the route's own client reads errors from. */
function tooLarge(c: Context, limit: BodyCap): Response {
  // Whatever is still arriving is not wanted; the connection is not reused for another request.
  c.header("Connection", "close");
  switch (limit.answer) {
    case "trpc":
      // tRPC's error shape (through superjson): the client shows `message` as for any refusal,
      // and a batch's one answer stands for each call in it.
      return c.json(
        {
          error: {
            json: {
              message: limit.message,
              code: TRPC_ERROR_CODES_BY_KEY.PAYLOAD_TOO_LARGE,
              data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 },
            },
          },
        },
        413,
      );
    case "auth":
      return c.json({ code: "PAYLOAD_TOO_LARGE", message: limit.message }, 413);
    case "file":
      return c.json({ error: limit.message }, 413);
    case "text":
      return c.text(limit.message, 413);
  }
}

/** Caps every request body by its route (see bodyCapFor); requests without a body pass. */
export function requestBodyLimits(): MiddlewareHandler {
  return async (c, next) => {
    // A GET or HEAD never carries a body (a Request cannot have one). Asked first, because
    // reading `body` makes @hono/node-server build the full Request it otherwise never needs.
    const method = c.req.method;
    if (method === "GET" || method === "HEAD") return next();
    if (!c.req.raw.body) return next();
    const limit = bodyCapFor(c.req.path);
    return bodyLimit({ maxSize: limit.bytes, onError: (c) => tooLarge(c, limit) })(c, next);
  };
}
