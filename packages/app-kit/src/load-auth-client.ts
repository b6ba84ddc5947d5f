import type { AuthClient } from "./auth-client.ts";

let loading: Promise<AuthClient> | undefined;

/** The auth client, loaded on first use (see auth-client.ts). */
export function loadAuthClient(): Promise<AuthClient> {
  loading ??= import("./auth-client.ts").then((module) => module.authClient);
  return loading;
}
