import {
  databaseUnavailable,
  databaseUnavailableMessage,
} from "@throughline/db/database-unavailable";
import {
  type AccessScope,
  type AccessTier,
  accessScopeOf,
  tierRefusals,
} from "@throughline/domain/rules/access-scope";
import { initTRPC, TRPCError } from "@trpc/server";
import type { RequestContext } from "./context.ts";
import { constraintProblem } from "./database-constraint.ts";
import { describeFieldErrors, fieldErrorsOf } from "./errors.ts";
import { tooManyWritesMessage } from "./rate-limit/write-rate-limit.ts";
import {
  carriesInternalMessage,
  MALFORMED_BODY_MESSAGE,
  requestTransformer,
} from "./request-body.ts";
import { requestSession, type SessionMembership, withViewer } from "./session.ts";

const t = initTRPC.context<RequestContext>().create({
  transformer: requestTransformer,
  // Never send stack traces or internal messages to a client; name the fields that are wrong.
  errorFormatter({ shape, error }) {
    const fieldErrors = fieldErrorsOf(error);
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: fieldErrors
        ? describeFieldErrors(fieldErrors)
        : internal
          ? "Something went wrong on our side. Please try again."
          : carriesInternalMessage(error)
            ? MALFORMED_BODY_MESSAGE
            : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors,
      },
    };
  },
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * A database that is down, not answering or past its statement timeout answers 503 with a
 * message saying to try again, not a 500 "something went wrong". A write the database refuses
 * (a foreign key to nothing, a duplicate, a value its column cannot hold) answers 400 or 409
 * naming the field (`database-constraint.ts`).
 */
const databaseAvailability = t.middleware(async ({ next, getRawInput }) => {
  const result = await next();
  if (result.ok) return result;
  const unavailable = databaseUnavailable(result.error);
  if (unavailable) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: databaseUnavailableMessage(unavailable),
      cause: result.error,
    });
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    const input = await getRawInput().catch(() => undefined);
    const refused = constraintProblem(result.error, input);
    if (refused) throw refused;
  }
  return result;
});

export const publicProcedure = t.procedure.use(databaseAvailability);

/**
 * Signed in as an active person of a district: the session and its membership, read once.
 * A function the procedures' middlewares call, not a middleware of its own: each step of tRPC's
 * middleware chain copies the call's options and context, which cost a small query a tenth of
 * its processor time (`viewer.me` and `teacher.home` take two steps, not four and five).
 */
async function signedInMembership(ctx: RequestContext): Promise<SignedInMembership> {
  const membership = await requestSession(ctx);
  if (!membership.ok && membership.problem === "signed_out") {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  }
  if (!membership.ok && membership.problem === "choose_district") {
    // The apps answer this with the district chooser (`account.districts`, `chooseDistrict`).
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: "Choose which district to open.",
    });
  }
  if (!membership.ok) {
    // Sign-in maps a user only to an active person: a deactivated account lands here too.
    throw new TRPCError({
      code: "FORBIDDEN",
      message:
        "This account is not active in any district. If you think that is wrong, ask your district's administrator.",
    });
  }
  return membership;
}

type SignedInMembership = Extract<SessionMembership, { ok: true }>;

/** TOO_MANY_REQUESTS when the person has used up their writes (`ctx.writeLimiter`) for now. */
function holdToWriteRate(ctx: RequestContext, personId: string): void {
  const allowance = ctx.writeLimiter?.take(personId);
  if (allowance && !allowance.ok && ctx.writeLimiter) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: tooManyWritesMessage(ctx.writeLimiter.perMinute, allowance.retryAfterSeconds),
    });
  }
}

/**
 * Signed in, with a person in a district, and in `tier` when one is given. The rest of the
 * request runs in one transaction as the application role with the person's district set, so
 * row-level security scopes every query, and any error rolls back every write the request made.
 */
function tenantProcedure(tier: AccessTier | null) {
  return publicProcedure.use(async ({ ctx, type, next }) => {
    const membership = await signedInMembership(ctx);
    // Writes are held to a rate per person, counted before any work (or transaction) starts.
    if (type === "mutation") holdToWriteRate(ctx, membership.personId);
    return withViewer(ctx.db, membership, async (scope) => {
      if (!scope) throw new TRPCError({ code: "FORBIDDEN", message: "This account is inactive." });
      if (tier) requireTier(scope.scope, tier);
      const result = await next({ ctx: { membership, ...scope } });
      // tRPC hands errors back as a result; throwing here is what rolls the transaction back.
      if (!result.ok) throw result.error;
      return result;
    });
  });
}

export const authedProcedure = tenantProcedure(null);

/**
 * Signed in, for a procedure that answers from the viewer alone (`viewer.me`): the session
 * lookup already read the viewer, so no tenant transaction is opened, and its context has no
 * `tx` to read anything else with. When the lookup could not read the viewer (a session made
 * by Better Auth's slower path), the viewer is read in a tenant transaction as usual.
 */
export const viewerProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const membership = await signedInMembership(ctx);
  const { districtId, personId } = membership;
  const viewer =
    membership.viewer ?? (await withViewer(ctx.db, membership, async (scope) => scope?.viewer));
  if (!viewer) throw new TRPCError({ code: "FORBIDDEN", message: "This account is inactive." });
  return next({
    ctx: { membership, viewer, scope: accessScopeOf(viewer), districtId, personId },
  });
});

/**
 * The role tiers, each defined here once. Who is in which tier is decided by the access rules
 * in `@throughline/domain/rules/access-scope`, computed once per request as `ctx.scope`; the
 * access matrix test (`access-matrix.test.ts`) checks every procedure against its decision.
 * `requireTier` is the one check, for a procedure and for a transaction opened later.
 */
export function requireTier(scope: AccessScope, tier: AccessTier): void {
  if (!scope.tiers[tier]) throw new TRPCError({ code: "FORBIDDEN", message: tierRefusals[tier] });
}

/**
 * A tier's procedure that holds no transaction open, for work that waits on the network (an
 * identity provider may take seconds, and an open transaction on the embedded database holds
 * up every other request). The same session, tier check and write limit as the tier's
 * procedure; the body opens a transaction itself, only to read or write.
 */
export function tierProcedureWithoutTransaction(tier: AccessTier) {
  return viewerProcedure.use(({ ctx, type, next }) => {
    if (type === "mutation") holdToWriteRate(ctx, ctx.personId);
    requireTier(ctx.scope, tier);
    return next();
  });
}

export const teacherProcedure = tenantProcedure("teacher");

/** Coaches, and teacher leaders who facilitate a team (distributed leadership). */
export const coachProcedure = tenantProcedure("coach");

/** Principals (scoped to their schools by `requireSchool`) and district PD admins. */
export const adminProcedure = tenantProcedure("admin");

/** District-wide settings and data are for district staff, not a principal of one school. */
export const districtAdminProcedure = tenantProcedure("districtAdmin");

/**
 * People who run professional learning: coaches, facilitators (teacher leaders), principals and
 * district admins. Which cohort or submission each may touch is decided per row.
 */
export const staffProcedure = tenantProcedure("staff");
