import { existsSync } from "node:fs";
import { mkdir, rm, symlink } from "node:fs/promises";
import { isBuiltin } from "node:module";
import { dirname, join, relative } from "node:path";
import type { Plugin } from "esbuild";

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageNameOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** The folder Node would find `name` in, looking up from `fromDir` as its resolution does. */
function findPackageDir(name: string, fromDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Our workspace packages are TypeScript source and are bundled; every npm package stays an
 * import, loaded from node_modules at run time. Under pnpm a workspace package's dependencies
 * sit in that package's own node_modules, out of sight of a bundle in apps/server/dist, so
 * the plugin records where each one was found and `linkExternalPackages` links it into
 * dist/node_modules, the first folder Node looks in.
 */
export function externalPackages(found: Map<string, string>): Plugin {
  return {
    name: "external-npm-packages",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        if (args.path.startsWith("@throughline/")) return undefined;
        const name = packageNameOf(args.path);
        if (!found.has(name)) {
          const dir = findPackageDir(name, args.resolveDir);
          if (!dir) return { errors: [{ text: `Cannot find the package "${name}".` }] };
          found.set(name, dir);
        }
        return { path: args.path, external: true };
      });
    },
  };
}

/** Links each package the server cannot already see from its own folder into dist/node_modules. */
export async function linkExternalPackages(
  found: Map<string, string>,
  serverRoot: string,
  outdir: string,
): Promise<string[]> {
  const modules = join(outdir, "node_modules");
  await rm(modules, { recursive: true, force: true });
  const linked: string[] = [];
  for (const [name, dir] of found) {
    if (existsSync(join(serverRoot, "node_modules", name))) continue;
    const link = join(modules, name);
    await mkdir(dirname(link), { recursive: true });
    // Relative, so the checkout can move as a whole (as pnpm's own links do).
    await symlink(relative(dirname(link), dir), link, "dir");
    linked.push(name);
  }
  return linked.sort();
}
