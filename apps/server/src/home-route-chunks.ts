/*
 * The scripts an app's home page needs beyond its entry: the home route's chunk and every chunk
 * it imports, read from the build's `.bundle-report.json` (packages/ui/vite/built-app-files.ts).
 * The entry's own imports are already in index.html as modulepreloads; these are what the app
 * would only ask for after its entry has run.
 */

interface ReportedChunk {
  fileName: string;
  isEntry: boolean;
  imports: string[];
  modules: { name: string }[];
}

/** Every chunk reachable from `start` through static imports, `start` included. */
function importedFrom(start: string, byName: Map<string, ReportedChunk>): Set<string> {
  const seen = new Set<string>();
  const waiting = [start];
  for (let name = waiting.pop(); name !== undefined; name = waiting.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    waiting.push(...(byName.get(name)?.imports ?? []));
  }
  return seen;
}

/**
 * The file names (e.g. `assets/home-page-Ab12.js`) of the chunks `homeModule` (a source path
 * such as `apps/teacher/src/pages/home-page.tsx`) needs and the entry does not already load, in
 * the build's order; empty when the report has no such module.
 */
export function homeRouteChunks(report: { chunks: ReportedChunk[] }, homeModule: string): string[] {
  const byName = new Map(report.chunks.map((chunk) => [chunk.fileName, chunk]));
  const home = report.chunks.find((chunk) =>
    chunk.modules.some((module) => module.name === homeModule),
  );
  if (!home) return [];
  const loadedWithEntry = new Set<string>();
  for (const entry of report.chunks.filter((chunk) => chunk.isEntry)) {
    for (const name of importedFrom(entry.fileName, byName)) loadedWithEntry.add(name);
  }
  return [...importedFrom(home.fileName, byName)].filter((name) => !loadedWithEntry.has(name));
}
