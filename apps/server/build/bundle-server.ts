import { cp, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { externalPackages, linkExternalPackages } from "./external-packages.ts";

/*
 * `pnpm build` for the server: each entry point becomes one ES module in dist/ that plain
 * `node` runs (no tsx, no TypeScript at run time). Files found through `import.meta.url` keep
 * working because dist/ sits at the same depth as src/: the built apps (`../../<app>/dist`)
 * and the brand assets (`../assets`) resolve to the same places. Only the migrations, which
 * live in packages/db, are copied next to the bundle.
 */

const serverRoot = fileURLToPath(new URL("..", import.meta.url));
const outdir = fileURLToPath(new URL("../dist", import.meta.url));
const migrationsSource = fileURLToPath(new URL("../../../packages/db/migrations", import.meta.url));

const entryPoints = {
  main: "src/main.ts",
  "worker-main": "src/worker-main.ts",
  "db-backup": "../../packages/db/src/cli/backup.ts",
  "db-restore": "../../packages/db/src/cli/restore.ts",
  "district-create": "src/cli/district-create.ts",
};

/** In the bundle the migrations are the copy in dist/migrations. */
const bundledMigrationsFolder: Plugin = {
  name: "bundled-migrations-folder",
  setup(build) {
    build.onResolve({ filter: /\/migrations-folder\.ts$/ }, (args) => ({
      path: args.path,
      namespace: "bundled-migrations-folder",
    }));
    build.onLoad({ filter: /.*/, namespace: "bundled-migrations-folder" }, () => ({
      contents: `import { fileURLToPath } from "node:url";
export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));`,
      loader: "ts",
      resolveDir: serverRoot,
    }));
  },
};

await rm(outdir, { recursive: true, force: true });
const found = new Map<string, string>();
await build({
  absWorkingDir: serverRoot,
  entryPoints,
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [bundledMigrationsFolder, externalPackages(found)],
});
await cp(migrationsSource, `${outdir}/migrations`, { recursive: true });
const linked = await linkExternalPackages(found, serverRoot, outdir);
console.log(
  `Bundled ${Object.keys(entryPoints).join(", ")} into dist/; ${found.size} npm packages stay external (${linked.length} linked from workspace packages).`,
);
