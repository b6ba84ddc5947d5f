/*
 * Which origins may call sign-in. Better Auth refuses a request whose Origin it does not trust
 * ("Invalid origin"), which is right for a deployment and wrong for the quick start, where
 * http://127.0.0.1:3000 and http://localhost:3000 are the same server on the same machine.
 */

/** The names a browser on this machine may use for the embedded server's port. */
function loopbackOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
}

/** `TRUSTED_ORIGINS`: comma-separated origins; anything after the origin (a path) is dropped. */
export function parseTrustedOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => new URL(entry).origin);
}

interface TrustedOriginsConfig {
  publicUrl: string;
  port: number;
  /** No DATABASE_URL: the quick start on one machine. */
  embedded: boolean;
  /** From TRUSTED_ORIGINS. */
  extra: readonly string[];
  /** Development: the apps' own Vite servers call auth through a proxy. */
  devAppOrigins: readonly string[];
}

/** Every origin allowed to call auth, without repeats. */
export function trustedOriginsFor(config: TrustedOriginsConfig): string[] {
  return [
    ...new Set([
      new URL(config.publicUrl).origin,
      ...(config.embedded ? loopbackOrigins(config.port) : []),
      ...config.extra,
      ...config.devAppOrigins,
    ]),
  ];
}
