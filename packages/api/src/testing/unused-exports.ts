import { readFileSync } from "node:fs";
import { relative } from "node:path";
import ts from "typescript";
import { listSourceFiles, workspaceResolver } from "./workspace-modules.ts";

/**
 * Lists the exports of the workspace's source files that no other file imports.
 * It reads the syntax only (no type checking), which is enough: a name is used when some file
 * imports it (named, default, `import type`, `export … from`), or imports the whole module
 * (`import * as`, `export * from` that is itself used, dynamic `import()`).
 * `@throughline/<package>/<subpath>` specifiers are resolved through each package's `exports` map.
 */

type ExportedName = { file: string; name: string };

type FileFacts = {
  exports: Set<string>;
  /** `export * from` targets: their names become this file's names. */
  starReexports: string[];
};

export function findUnusedExports(root: string): ExportedName[] {
  const resolveImport = workspaceResolver(root);
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
