import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The apps and their kit may import only types from this package, and never the database or the
 * server; the design system (packages/ui) fetches nothing.
 * The linter enforces it; this test proves the rule is switched on, by linting probe files laid
 * out like the apps in a scratch folder with the repository's own Biome configuration.
 */
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const biomeBinary = join(repositoryRoot, "node_modules", ".bin", "biome");
const scratch = mkdtempSync(join(tmpdir(), "throughline-boundaries-"));
const config = JSON.parse(readFileSync(join(repositoryRoot, ".biome.json"), "utf8"));
// The scratch folder is not a git checkout, and the schema path is relative to the repository.
writeFileSync(
  join(scratch, "biome.json"),
  JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }),
);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let probes = 0;
function lintAs(folder: string, source: string): { ok: boolean; output: string } {
  probes += 1;
  const file = join(scratch, folder, `probe-${probes}.ts`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const result = spawnSync(biomeBinary, ["lint", file], { cwd: scratch, encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe.each(["apps/teacher/src", "apps/coach/src", "apps/admin/src", "packages/app-kit/src"])(
  "%s",
  (file) => {
    it("may import the router's types", () => {
      const source =
        'import type { AppRouter } from "@throughline/api/types";\nexport type Probe = AppRouter;\n';
      expect(lintAs(file, source)).toMatchObject({ ok: true });
    });

    it.each([
      ['import { appRouter } from "@throughline/api/root";', "only types"],
      ['import { openDatabase } from "@throughline/db/client";', "never import the database"],
      [
        'import { createServerApp } from "@throughline/server/app";',
        "never import the database or the server",
      ],
    ])("may not %s", (line, message) => {
      const result = lintAs(file, `${line}\nexport const probe = [];\n`);
      expect(result.ok).toBe(false);
      expect(result.output).toContain(message);
    });
  },
);

describe("the design system (packages/ui)", () => {
  const file = "packages/ui/src";

  it("may import the router's types", () => {
    const source =
      'import type { AppRouter } from "@throughline/api/types";\nexport type Probe = AppRouter;\n';
    expect(lintAs(file, source)).toMatchObject({ ok: true });
  });

  it.each([
    'import { createTRPCClient } from "@trpc/client";',
    'import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";',
    'import { useQuery } from "@tanstack/react-query";',
    'import { createAuthClient } from "better-auth/react";',
    'import { ssoClient } from "@better-auth/sso/client";',
    'import superjson from "superjson";',
  ])("may not fetch: %s", (line) => {
    const result = lintAs(file, `${line}\nexport const probe = [];\n`);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("belong in @throughline/app-kit");
  });

  it.each([
    ['import { trpc } from "@throughline/app-kit/client";', "never imports"],
    ['import { openDatabase } from "@throughline/db/client";', "never imports"],
    ['import { appRouter } from "@throughline/api/root";', "only types"],
  ])("may not %s", (line, message) => {
    const result = lintAs(file, `${line}\nexport const probe = [];\n`);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  });
});

describe.each(["packages/api/src/credentials", "apps/server/src/credentials"])(
  "the badge code (%s)",
  (file) => {
    it("reads and writes through the queries of packages/db", () => {
      const source =
        'import { listIssuerKeys } from "@throughline/db/queries/credentials/issuer-key";\nexport const probe = listIssuerKeys;\n';
      expect(lintAs(file, source)).toMatchObject({ ok: true });
    });

    it("may not build SQL itself", () => {
      const result = lintAs(file, 'import { eq } from "drizzle-orm";\nexport const probe = eq;\n');
      expect(result.ok).toBe(false);
      expect(result.output).toContain("SQL lives in packages/db");
    });
  },
);
