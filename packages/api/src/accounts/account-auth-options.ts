import type { Database } from "@throughline/db/client";
import { passwordResetLifetimeMinutes } from "@throughline/domain/account";
import type { BetterAuthPlugin } from "better-auth";
import { emailAddressEndpoints } from "./email-address-endpoints.ts";
import { inactiveSignIn } from "./inactive-sign-in.ts";
import { passwordResetSender } from "./password-reset-email.ts";
import { sessionTokenPrivacy } from "./session-token-privacy.ts";
import { signInThrottle } from "./sign-in-throttle.ts";

/**
 * Better Auth endpoints no browser may call. `list-sessions` answers with every session's raw
 * token and `revoke-session` takes one: the apps list and end devices by id through the
 * `account` router instead. Password reset is asked for and completed only through the
 * server's own pages (`/password/forgot`, `/password/reset/<token>`), which answer every
 * address the same way and in about the same time; they call these endpoints server-side.
 */
export const disabledAuthPaths = [
  "/list-sessions",
  "/revoke-session",
  "/request-password-reset",
  "/reset-password",
];

export interface AccountAuthOptions {
  db: Database;
  /** The public origin; reset links point at its `/password/reset/<token>` page. */
  baseURL: string;
  /** Count failed sign-ins per account and address (off when sign-in limits are off). */
  throttle: boolean;
  clientAddressHeader: string;
}

/** The parts of the Better Auth configuration that keep accounts safe and recoverable. */
export function accountAuthOptions(options: AccountAuthOptions) {
  // After-hooks run in this order: an inactive account's refusal is not a failed attempt, and
  // tokens are taken out of whatever body is finally answered.
  const plugins: BetterAuthPlugin[] = [
    emailAddressEndpoints(),
    inactiveSignIn({ db: options.db }),
    ...(options.throttle
      ? [signInThrottle({ db: options.db, clientAddressHeader: options.clientAddressHeader })]
      : []),
    sessionTokenPrivacy(),
  ];
  return {
    plugins,
    disabledPaths: disabledAuthPaths,
    emailAndPassword: {
      sendResetPassword: passwordResetSender({ db: options.db, publicUrl: options.baseURL }),
      resetPasswordTokenExpiresIn: passwordResetLifetimeMinutes * 60,
      // A reset is how a person takes an account back: every session anyone had ends.
      revokeSessionsOnPasswordReset: true,
    },
    verification: {
      // Reset tokens are stored hashed, so a copy of the database cannot reset a password.
      storeIdentifier: {
        default: "plain" as const,
        overrides: { "reset-password:": "hashed" as const },
      },
    },
  };
}
