import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/**
 * Lists the exports of the workspace's source files that no other file imports.
 * It reads the syntax only (no type checking), which is enough: a name is used when some file
 * imports it (named, default, `import type`, `export … from`), or imports the whole module
 * (`import * as`, `export * from` that is itself used, dynamic `import()`).
 * `@throughline/<package>/<subpath>` specifiers are resolved through each package's `exports` map.
 */

type ExportedName = { file: string; name: string };

const sourceFolders = ["packages", "apps"];
const skippedFolders = new Set(["node_modules", "dist", ".data", "migrations", "fixtures"]);

function listSourceFiles(root: string): string[] {
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

function makeResolver(packages: Map<string, PackageExports>) {
  return (fromFile: string, specifier: string): string | undefined => {
    if (specifier.startsWith(".")) return withExtension(resolve(dirname(fromFile), specifier));
    const match = /^(@throughline\/[^/]+)(\/.*)?$/.exec(specifier);
    const pkg = match?.[1] ? packages.get(match[1]) : undefined;
    if (!pkg) return undefined;
    return resolvePackageSubpath(pkg, `.${match?.[2] ?? ""}`);
  };
}

type FileFacts = {
  exports: Set<string>;
  /** `export * from` targets: their names become this file's names. */
  starReexports: string[];
};

export function findUnusedExports(root: string): ExportedName[] {
  const resolveImport = makeResolver(readWorkspacePackages(root));
  const facts = new Map<string, FileFacts>();
  const used = new Map<string, Set<string>>();
  const wholeModuleUsed = new Set<string>();
  const markUsed = (file: string, name: string) => {
    const names = used.get(file) ?? new Set<string>();
    names.add(name);
    used.set(file, names);
  };

  for (const file of listSourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const fileFacts: FileFacts = { exports: new Set(), starReexports: [] };
    facts.set(file, fileFacts);
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolveImport(file, node.moduleSpecifier.text);
        const clause = node.importClause;
        if (target && clause) {
          if (clause.name) markUsed(target, "default");
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) wholeModuleUsed.add(target);
          if (bindings && ts.isNamedImports(bindings)) {
            for (const element of bindings.elements) {
              markUsed(target, (element.propertyName ?? element.name).text);
            }
          }
        }
      } else if (ts.isExportDeclaration(node)) {
        const target =
          node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
            ? resolveImport(file, node.moduleSpecifier.text)
            : undefined;
        const clause = node.exportClause;
        if (!clause && target) fileFacts.starReexports.push(target);
        if (clause && ts.isNamespaceExport(clause)) {
          fileFacts.exports.add(clause.name.text);
          if (target) wholeModuleUsed.add(target);
        }
        if (clause && ts.isNamedExports(clause)) {
          for (const element of clause.elements) {
            fileFacts.exports.add(element.name.text);
            if (target) markUsed(target, (element.propertyName ?? element.name).text);
          }
        }
      } else if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isIdentifier(node.expression) && node.expression.text === "require"))
      ) {
        const argument = node.arguments[0];
        const target =
          argument && ts.isStringLiteral(argument) ? resolveImport(file, argument.text) : undefined;
        if (target) wholeModuleUsed.add(target);
      } else if (ts.isExportAssignment(node)) {
        fileFacts.exports.add("default");
      } else if (hasExportModifier(node)) {
        for (const name of declaredNames(node)) fileFacts.exports.add(name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  // A used name on a file that re-exports `*` is a use of that name in the re-exported files.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [file, { starReexports }] of facts) {
      for (const target of starReexports) {
        const targetExports = facts.get(target)?.exports ?? new Set<string>();
        const usedHere = wholeModuleUsed.has(file) ? targetExports : (used.get(file) ?? []);
        for (const name of usedHere) {
          if (!targetExports.has(name) || used.get(target)?.has(name)) continue;
          markUsed(target, name);
          changed = true;
        }
        if (wholeModuleUsed.has(file) && !wholeModuleUsed.has(target)) {
          wholeModuleUsed.add(target);
          changed = true;
        }
      }
    }
  }

  const unused: ExportedName[] = [];
  for (const [file, { exports }] of facts) {
    if (wholeModuleUsed.has(file)) continue;
    for (const name of exports) {
      if (!used.get(file)?.has(name)) unused.push({ file: relative(root, file), name });
    }
  }
  return unused.sort((a, b) => `${a.file}:${a.name}`.localeCompare(`${b.file}:${b.name}`));
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function declaredNames(node: ts.Node): string[] {
  const isDefault =
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  if (isDefault) return ["default"];
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.flatMap((declaration) =>
      ts.isIdentifier(declaration.name) ? [declaration.name.text] : [],
    );
  }
  if (
    (ts.isFunctionDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isEnumDeclaration(node)) &&
    node.name
  ) {
    return [node.name.text];
  }
  return [];
}
