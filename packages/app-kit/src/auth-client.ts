import { ssoClient } from "@better-auth/sso/client";
import { createAuthClient } from "better-auth/react";

/**
 * Better Auth's browser client (with single sign-on), for signing in, out and changing a
 * password. Only `loadAuthClient` imports this module, so the client's code is not part of an
 * app's first download: a signed-in person may never need it.
 */
export const authClient = createAuthClient({ basePath: "/api/auth", plugins: [ssoClient()] });

export type AuthClient = typeof authClient;
