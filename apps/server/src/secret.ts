import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ServerEnv } from "./env.ts";

/**
 * The session-signing secret. The embedded mode makes one on first start and keeps it in the
 * data folder, so sessions survive restarts; a real deployment must be given one on purpose.
 */
export async function resolveAuthSecret(env: ServerEnv): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new Error(
      "AUTH_SECRET is not set. A server on a real database needs a secret of at least 32 characters " +
        "(for example: openssl rand -base64 48).",
    );
  }
  const file = join(env.DATA_DIR, "auth-secret");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    await mkdir(env.DATA_DIR, { recursive: true });
    const secret = randomBytes(48).toString("base64url");
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}
