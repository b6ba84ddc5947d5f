import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;
/** Below this a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;

/** What one chunk of the build holds, for the bundle budget's report. */
interface ChunkReport {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  /** Chunks it imports statically (loaded with it) and dynamically (loaded later). */
  imports: string[];
  dynamicImports: string[];
  /** Each module's rendered size in bytes, largest first, named by package or source path. */
  modules: { name: string; bytes: number }[];
}

/*
 * The slice of Vite's (Rolldown's) plugin interface this uses, written out: packages/ui does not
 * depend on Vite, each app does, and checks this plugin against the real types where it is used.
 */
interface BuiltChunk {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: Record<string, { renderedLength: number }>;
}
type Bundle = Record<string, BuiltChunk | { type: "asset" }>;
interface EmitContext {
  emitFile(file: { type: "asset"; fileName: string; source: string }): string;
}
interface BuiltAppFilesPlugin {
  name: string;
  apply: "build";
  configResolved(config: { root: string }): void;
  generateBundle(this: EmitContext, options: unknown, bundle: Bundle): void;
  writeBundle(options: { dir?: string | undefined }, bundle: Bundle): Promise<void>;
}

/** Where the report goes: a dotfile in dist, which the server never serves. */
const BUNDLE_REPORT_FILE = ".bundle-report.json";

/** "…/node_modules/.pnpm/x@1/node_modules/@scope/pkg/dist/a.js" → "@scope/pkg/dist/a.js". */
function moduleName(id: string, root: string): string {
  const clean = id.replace(/^\0/, "").replace(/\?.*$/, "");
  const inPackage = clean.split("/node_modules/").pop() ?? clean;
  if (inPackage !== clean) return inPackage;
  return clean.startsWith(root) ? clean.slice(root.length + 1) : clean;
}

/**
 * Build step for each app: writes `.bundle-report.json` (which modules each chunk holds, read by
 * the server's bundle budget) and a brotli and a gzip copy next to every text file, so the
 * server sends compressed files without compressing on each request.
 */
export function builtAppFiles(): BuiltAppFilesPlugin {
  let root = "";
  return {
    name: "throughline-built-app-files",
    apply: "build",
    configResolved(config) {
      root = join(config.root, "../..");
    },
    generateBundle(_options, bundle) {
      const chunks: ChunkReport[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== "chunk") continue;
        chunks.push({
          fileName: file.fileName,
          isEntry: file.isEntry,
          isDynamicEntry: file.isDynamicEntry,
          imports: file.imports,
          dynamicImports: file.dynamicImports,
          modules: Object.entries(file.modules)
            .map(([id, info]) => ({ name: moduleName(id, root), bytes: info.renderedLength }))
            .filter((module) => module.bytes > 0)
            .sort((a, b) => b.bytes - a.bytes),
        });
      }
      this.emitFile({
        type: "asset",
        fileName: BUNDLE_REPORT_FILE,
        source: JSON.stringify({ chunks }, null, 1),
      });
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? "dist";
      const names = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        names.map(async (name) => {
          const path = join(outDir, name);
          const content = await readFile(path);
          if (content.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}
