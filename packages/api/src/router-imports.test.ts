import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { listSourceFiles, workspaceResolver } from "./testing/workspace-modules.ts";

/*
 * Routers sit at the top of the API: `root.ts` composes them, and services (files, badges,
 * record export) sit below them. A module outside `src/routers/` that imports one of their files
 * turns the arrow round, so a change to a procedure can break a service that never called it.
 */

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const routersFolder = join(repositoryRoot, "packages", "api", "src", "routers") + sep;
const compositionRoot = join(repositoryRoot, "packages", "api", "src", "root.ts");

/*
 * The school dashboard's build and its kept copy are still exported from its router folder for
 * the server's start-up and the bench; they move out with the dashboard work, and this list
 * shrinks to nothing then. A new entry needs a reason as good. The impact report's build and
 * kept copy are measured in process by the scale bench as the dashboards are, and move out
 * with them.
 */
const stillExported = new Set([
  "dashboard/build.ts",
  "dashboard/kept-dashboard.ts",
  "impact/build.ts",
  "impact/kept-impact.ts",
]);

function importedSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
        ? statement.moduleSpecifier
        : undefined;
    if (specifier && ts.isStringLiteral(specifier)) specifiers.push(specifier.text);
  }
  return specifiers;
}

function importsIntoRouters(): string[] {
  const resolveImport = workspaceResolver(repositoryRoot);
  const found: string[] = [];
  for (const file of listSourceFiles(repositoryRoot)) {
    if (file.startsWith(routersFolder) || file === compositionRoot) continue;
    for (const specifier of importedSpecifiers(file)) {
      const target = resolveImport(file, specifier);
      if (!target?.startsWith(routersFolder)) continue;
      if (stillExported.has(relative(routersFolder, target).split(sep).join("/"))) continue;
      found.push(`${relative(repositoryRoot, file)} → ${specifier}`);
    }
  }
  return found;
}

describe("the routers", () => {
  it("are imported only by the root router, never by a service, a test or an app", () => {
    expect(importsIntoRouters()).toEqual([]);
  });
});
