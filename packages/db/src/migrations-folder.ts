import { fileURLToPath } from "node:url";

/**
 * The committed migrations, found from this file so it works from any working directory.
 * The bundled server replaces this module with one that points at its own copy (see
 * apps/server/build/bundle-server.ts), because a bundle no longer sits beside `src/`.
 */
export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));
