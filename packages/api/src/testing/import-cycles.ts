import { readFileSync } from "node:fs";
import { relative } from "node:path";
import ts from "typescript";
import { listSourceFiles, workspaceResolver } from "./workspace-modules.ts";

/*
 * The cycles in the workspace's import graph. Only imports that load a module when this one
 * loads count: `import type`, `export type … from` and imports whose every name is a type vanish
 * when compiled, and a dynamic `import()` (a lazy route) loads later, so neither can leave a
 * module half-initialised.
 */

function loadedImports(file: string, resolveImport: ReturnType<typeof workspaceResolver>) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const targets = new Set<string>();
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier && ts.isStringLiteral(specifier)) {
      const target = resolveImport(file, specifier.text);
      if (target) targets.add(target);
    }
  }
  return targets;
}

/** Each cycle as the files in it (relative to `root`), found as strongly connected components. */
export function findImportCycles(root: string): string[][] {
  const resolveImport = workspaceResolver(root);
  const graph = new Map<string, Set<string>>();
  for (const file of listSourceFiles(root)) graph.set(file, loadedImports(file, resolveImport));

  // Tarjan's algorithm, with an explicit stack so a deep chain of imports cannot overflow.
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { file: string; targets: Iterator<string> }[] = [];
    const enter = (file: string) => {
      index.set(file, next);
      lowest.set(file, next);
      next++;
      stack.push(file);
      onStack.add(file);
      work.push({ file, targets: (graph.get(file) ?? new Set<string>()).values() });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const step = frame.targets.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target))
          lowest.set(frame.file, Math.min(lowest.get(frame.file) ?? 0, index.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        lowest.set(
          parent.file,
          Math.min(lowest.get(parent.file) ?? 0, lowest.get(frame.file) ?? 0),
        );
      if (lowest.get(frame.file) !== index.get(frame.file)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(relative(root, member));
        if (member === frame.file) break;
      }
      const selfImport = graph.get(frame.file)?.has(frame.file) ?? false;
      if (component.length > 1 || selfImport) cycles.push(component.sort());
    }
  }
  return cycles;
}
