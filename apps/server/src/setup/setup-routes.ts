import type { Database, Transaction } from "@throughline/db/client";
import {
  anyDistrictExists,
  claimSetupToken,
  setupTokenIsOpen,
} from "@throughline/db/queries/accounts/setup-token";
import { createDistrict } from "@throughline/db/queries/districts/create-district";
import {
  type DistrictSetupField,
  type DistrictSetupInput,
  districtSetupInputSchema,
  suggestSlug,
} from "@throughline/domain/district-setup";
import { hashPassword } from "better-auth/crypto";
import { Hono } from "hono";
import {
  alreadySetUpPage,
  type SetupFormView,
  setupDonePage,
  setupFormPage,
  setupLinkExpiredPage,
  setupTextFields,
} from "./setup-page.ts";
import { hashSetupToken } from "./setup-token.ts";

interface SetupRouteDeps {
  db: Database;
}

/** Thrown inside the set-up transaction to undo the token's use when the district is refused. */
class SetupRefused extends Error {
  constructor(readonly errors: SetupFormView["errors"]) {
    super("The district was refused.");
  }
}

/**
 * `/setup/:token`: the one-time page that creates the first district and its first admin on an
 * empty installation. Once any district exists every address here answers 404, whatever the
 * token, so the page cannot be used to add districts or accounts later.
 */
export function setupRoutes(deps: SetupRouteDeps): Hono {
  const routes = new Hono();

  routes.use(async (c, next) => {
    // The token is in the address: keep it out of caches and of other sites' logs.
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
    if (await anyDistrictExists(deps.db)) return c.html(alreadySetUpPage(), 404);
    return next();
  });

  routes.get("/:token", async (c) => {
    const tokenHash = hashSetupToken(c.req.param("token"));
    if (!(await setupTokenIsOpen(deps.db, { tokenHash, now: new Date() }))) {
      return c.html(setupLinkExpiredPage(), 404);
    }
    return c.html(setupFormPage({ values: {}, errors: {} }));
  });

  routes.post("/:token", async (c) => {
    const tokenHash = hashSetupToken(c.req.param("token"));
    if (!(await setupTokenIsOpen(deps.db, { tokenHash, now: new Date() }))) {
      return c.html(setupLinkExpiredPage(), 404);
    }
    const body = await c.req.parseBody();
    const values: SetupFormView["values"] = {};
    for (const name of setupTextFields) {
      const given = body[name];
      values[name] = typeof given === "string" ? given : "";
    }
    // Without JavaScript nobody fills the short name in for them: suggest it here.
    if (!values.slug?.trim()) values.slug = suggestSlug(values.districtName ?? "");
    const parsed = districtSetupInputSchema.safeParse({ ...values, password: body.password });
    if (!parsed.success) {
      const errors: SetupFormView["errors"] = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as DistrictSetupField;
        errors[name] ??= issue.message;
      }
      return c.html(setupFormPage({ values, errors }), 400);
    }

    const outcome = await createFirstDistrict(deps.db, parsed.data, tokenHash);
    if (outcome.kind === "expired") return c.html(setupLinkExpiredPage(), 404);
    if (outcome.kind === "refused") {
      return c.html(setupFormPage({ values, errors: outcome.errors }), 400);
    }
    return c.html(
      setupDonePage({ districtName: parsed.data.districtName, email: parsed.data.adminEmail }),
    );
  });

  routes.all("*", (c) => c.html(setupLinkExpiredPage(), 404));
  return routes;
}

type SetupOutcome =
  | { kind: "done" }
  | { kind: "expired" }
  | { kind: "refused"; errors: SetupFormView["errors"] };

/**
 * One transaction: the token is used, the district, its framework and its admin are written.
 * A refused district rolls the token's use back, so the form can be corrected and sent again.
 */
async function createFirstDistrict(
  db: Database,
  input: DistrictSetupInput,
  tokenHash: string,
): Promise<SetupOutcome> {
  // Memory-hard and slow on purpose: hashed before the transaction holds any lock.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) =>
      writeFirstDistrict(tx, input, tokenHash, passwordHash),
    );
  } catch (error) {
    if (error instanceof SetupRefused) return { kind: "refused", errors: error.errors };
    throw error;
  }
}

async function writeFirstDistrict(
  tx: Transaction,
  input: DistrictSetupInput,
  tokenHash: string,
  passwordHash: string,
): Promise<SetupOutcome> {
  const now = new Date();
  // A second submission of the same form waits here for the first, then finds the link used.
  if (!(await claimSetupToken(tx, { tokenHash, now })) || (await anyDistrictExists(tx))) {
    return { kind: "expired" };
  }
  const created = await createDistrict(tx, {
    name: input.districtName,
    slug: input.slug,
    timeZone: input.timeZone,
    schoolYearStartMonth: input.schoolYearStartMonth,
    admin: { displayName: input.adminName, email: input.adminEmail },
    adminPasswordHash: passwordHash,
    now,
  });
  if (!created.ok) {
    throw new SetupRefused(
      created.problem === "slug_taken"
        ? { slug: "Another district uses this short name. Choose another." }
        : { adminEmail: "This email already has a Throughline sign-in. Use another." },
    );
  }
  return { kind: "done" };
}
