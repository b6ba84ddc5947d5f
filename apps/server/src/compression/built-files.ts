import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";

/** One file of a built app, with its precompressed copies when the build made them. */
export interface BuiltFile {
  body: Uint8Array<ArrayBuffer>;
  br?: Uint8Array<ArrayBuffer> | undefined;
  gzip?: Uint8Array<ArrayBuffer> | undefined;
  contentType: string;
  cacheControl: string;
  etag: string;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

/** Vite names what it builds into assets/ "<name>-<8-character hash>.<ext>". */
const HASHED_ASSET = /^assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** A hashed file never changes under its name; anything else is checked again on each use. */
function cacheControlFor(path: string): string {
  return HASHED_ASSET.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

async function listFiles(folder: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(folder, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries
      // Dotfiles (the build's bundle report) are for the build, not for browsers.
      .filter((entry) => !entry.name.startsWith("."))
      .map((entry) => {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        return entry.isDirectory() ? listFiles(folder, path) : Promise.resolve([path]);
      }),
  );
  return nested.flat();
}

/**
 * Reads a built app's files into memory at start-up, keyed by their path in dist
 * ("index.html", "assets/index-abc12345.js"). A few megabytes per app; each request is then a
 * lookup, and a path that is not in the map is never read from disk.
 */
export async function loadBuiltFiles(dist: string): Promise<Map<string, BuiltFile>> {
  const paths = await listFiles(dist);
  const present = new Set(paths);
  const files = new Map<string, BuiltFile>();
  await Promise.all(
    paths
      .filter((path) => !path.endsWith(".br") && !path.endsWith(".gz"))
      .map(async (path) => {
        const read = async (name: string) =>
          present.has(name) ? new Uint8Array(await readFile(join(dist, name))) : undefined;
        const [body, br, gzip] = await Promise.all([
          new Uint8Array(await readFile(join(dist, path))),
          read(`${path}.br`),
          read(`${path}.gz`),
        ]);
        files.set(path, {
          body,
          br,
          gzip,
          contentType: CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
          cacheControl: cacheControlFor(path),
          etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
        });
      }),
  );
  return files;
}
