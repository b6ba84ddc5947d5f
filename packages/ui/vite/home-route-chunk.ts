import { dirname, resolve } from "node:path";

/*
 * A signed-in home page needs its route's code before it can draw, and the build split that code
 * into a chunk per shared module (a card, an icon, a page header): twenty small files for the
 * teacher's home. On a phone over slow 4G each is a round trip on one of six connections, so
 * they queued behind each other and the page's largest paint waited for the last. This puts
 * every module the home route imports (statically), and the entry does not already load, into
 * the home route's own chunk: one file. Other pages that share one of these modules load that
 * chunk too (a few KB, cached after the home); the entry's first download is unchanged, and the
 * build fails if an entry would ever load the home's chunk.
 */

/** The slice of Vite's (Rolldown's) plugin interface this uses (packages/ui does not depend on Vite). */
interface ModuleInfo {
  isEntry: boolean;
  importedIds: readonly string[];
  code: string | null;
}
interface BuildContext {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): ModuleInfo | null;
}
interface ChunkGroup {
  name: string;
  test: (id: string) => boolean;
  /** Only the modules `test` picks: their other imports stay where they are (the entry's). */
  includeDependenciesRecursively: false;
}
interface BuiltChunk {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  imports: string[];
  modules: Record<string, unknown>;
}
type Bundle = Record<string, BuiltChunk | { type: "asset" }>;
interface HomeRouteChunkPlugin {
  name: string;
  apply: "build";
  configResolved(config: { root: string }): void;
  buildEnd(this: BuildContext): void;
  generateBundle(options: unknown, bundle: Bundle): void;
  config(): { build: { rolldownOptions: { output: { codeSplitting: { groups: ChunkGroup[] } } } } };
}

/** `export { default as Bell, default as BellIcon } from './icons/bell.js'`: names → file. */
const RE_EXPORT = /export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
/** `import { Bell, Clock as Time } from "lucide-react"`: the names a module takes. */
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["'][^"']+["']/g;
/** A package index with more re-exports than this is read as a barrel (lucide-react's icons). */
const BARREL_RE_EXPORTS = 50;

/** A package barrel's exported names and the file each comes from; null for any other module. */
function barrelExports(id: string, info: ModuleInfo): Map<string, string> | null {
  if (!id.includes("/node_modules/") || !info.code) return null;
  const files = new Map<string, string>();
  for (const [, names = "", from = ""] of info.code.matchAll(RE_EXPORT)) {
    for (const name of names.split(",")) {
      const exported = name
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (exported) files.set(exported, resolve(dirname(id), from));
    }
  }
  return files.size > BARREL_RE_EXPORTS ? files : null;
}

/** The names a module imports by name, from any module. */
function importedNames(info: ModuleInfo | null): Set<string> {
  const names = new Set<string>();
  for (const [, list = ""] of info?.code?.matchAll(NAMED_IMPORT) ?? []) {
    for (const name of list.split(",")) {
      const imported = name
        .replace(/^\s*type\s+/, "")
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (imported) names.add(imported);
    }
  }
  return names;
}

/**
 * Every module reachable from `starts` through static imports, `starts` included. Through a
 * package barrel only the files of the names the importer takes are followed: the barrel's other
 * hundreds of files are not loaded by it (the bundle shakes them out).
 */
function staticallyImported(context: BuildContext, starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const waiting = [...starts];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const info = context.getModuleInfo(id);
    for (const imported of info?.importedIds ?? []) {
      const importedInfo = context.getModuleInfo(imported);
      const barrel = importedInfo ? barrelExports(imported, importedInfo) : null;
      if (!barrel) {
        waiting.push(imported);
        continue;
      }
      seen.add(imported);
      for (const name of importedNames(info)) {
        const file = barrel.get(name);
        if (file) waiting.push(file);
      }
    }
  }
  return seen;
}

/**
 * One chunk, named `home-page`, for the app's home route (`src/pages/home-page.tsx`, its router's
 * index route, as the server's home preloads expect: apps/server/src/home-route-chunks.ts).
 */
export function homeRouteChunk(): HomeRouteChunkPlugin {
  let homeModule = "";
  let homeModules = new Set<string>();
  return {
    name: "throughline-home-route-chunk",
    apply: "build",
    configResolved(config) {
      homeModule = resolve(config.root, "src/pages/home-page.tsx");
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      if (!ids.includes(homeModule)) return;
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      const withEntry = staticallyImported(this, entries);
      homeModules = new Set(
        [...staticallyImported(this, [homeModule])].filter((id) => !withEntry.has(id)),
      );
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
      const home = chunks.find((chunk) => homeModule in chunk.modules);
      const loading = chunks.filter(
        (chunk) => chunk.isEntry && home && chunk.imports.includes(home.fileName),
      );
      if (home && loading.length > 0) {
        throw new Error(
          `${loading.map((chunk) => chunk.fileName).join(", ")} would load the home route's chunk ${home.fileName} with the app: a module both import was put in it.`,
        );
      }
    },
    config() {
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: "home-page",
                    test: (id) => homeModules.has(id),
                    includeDependenciesRecursively: false,
                  },
                ],
              },
            },
          },
        },
      };
    },
  };
}
