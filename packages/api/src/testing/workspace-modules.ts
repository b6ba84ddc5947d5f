import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/*
 * The workspace's source files and how an import in one names another: relative paths, and
 * `@throughline/*` subpaths through each package's `exports` map as Node resolves them. Shared by
 * the checks that read the import graph (unused exports, import cycles).
 */

const sourceFolders = ["packages", "apps"];
const skippedFolders = new Set(["node_modules", "dist", ".data", "migrations", "fixtures"]);

export function listSourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      if (skippedFolders.has(entry) || entry.startsWith(".")) continue;
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) files.push(path);
    }
  };
  for (const folder of sourceFolders) walk(join(root, folder));
  return files;
}

type PackageExports = { dir: string; exports: Record<string, string> };

function readWorkspacePackages(root: string): Map<string, PackageExports> {
  const packages = new Map<string, PackageExports>();
  for (const group of sourceFolders) {
    for (const entry of readdirSync(join(root, group))) {
      const manifest = join(root, group, entry, "package.json");
      if (!existsSync(manifest)) continue;
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as {
        name: string;
        exports?: Record<string, string>;
      };
      packages.set(parsed.name, { dir: join(root, group, entry), exports: parsed.exports ?? {} });
    }
  }
  return packages;
}

function withExtension(path: string): string | undefined {
  const base = path.replace(/\.js$/, "");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function resolvePackageSubpath(pkg: PackageExports, subpath: string): string | undefined {
  const exact = pkg.exports[subpath];
  if (exact) return withExtension(join(pkg.dir, exact));
  // The longest wildcard prefix wins, as in Node's resolution.
  const patterns = Object.keys(pkg.exports)
    .filter((key) => key.endsWith("*") && subpath.startsWith(key.slice(0, -1)))
    .sort((a, b) => b.length - a.length);
  for (const key of patterns) {
    const target = pkg.exports[key] ?? "";
    const resolved = withExtension(
      join(pkg.dir, target.replace("*", subpath.slice(key.length - 1))),
    );
    if (resolved) return resolved;
  }
  return undefined;
}

/** Resolves an import specifier written in `fromFile` to a workspace file, if it names one. */
export function workspaceResolver(root: string) {
  const packages = readWorkspacePackages(root);
  return (fromFile: string, specifier: string): string | undefined => {
    if (specifier.startsWith(".")) return withExtension(resolve(dirname(fromFile), specifier));
    const match = /^(@throughline\/[^/]+)(\/.*)?$/.exec(specifier);
    const pkg = match?.[1] ? packages.get(match[1]) : undefined;
    if (!pkg) return undefined;
    return resolvePackageSubpath(pkg, `.${match?.[2] ?? ""}`);
  };
}
