import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findUnusedExports } from "./testing/unused-exports.ts";

/**
 * An export no other file imports is dead weight a newcomer has to read around. A file's own
 * helpers lose `export`; what nothing uses at all is deleted. Tests count as users.
 * packages/domain is clean; the other folders still carry the unused exports counted below,
 * and their counts may only go down (lower the number when you remove some).
 */
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const unused = findUnusedExports(repositoryRoot);

// Exports kept on purpose though no workspace file imports them, as "file:name": none yet.
const deliberatelyPublic = new Set<string>([]);

const remainingByFolder: Record<string, number> = {
  "apps/admin": 23,
  "apps/coach": 15,
  "apps/server": 13,
  "apps/teacher": 11,
  "packages/api": 42,
  "packages/app-kit": 9,
  "packages/db": 95,
  "packages/domain": 0,
  "packages/open-badges": 1,
  "packages/ui": 0,
};

function folderOf(file: string): string {
  return file.split("/").slice(0, 2).join("/");
}

describe("unused exports", () => {
  const reported = unused.filter(({ file, name }) => !deliberatelyPublic.has(`${file}:${name}`));

  it.each(Object.entries(remainingByFolder))("%s has no more than %i", (folder, allowed) => {
    const found = reported
      .filter(({ file }) => folderOf(file) === folder)
      .map(({ file, name }) => `${file}: ${name}`);
    expect(found.length, found.join("\n")).toBeLessThanOrEqual(allowed);
  });

  it("covers every workspace folder", () => {
    const folders = new Set(reported.map(({ file }) => folderOf(file)));
    expect([...folders].filter((folder) => !(folder in remainingByFolder))).toEqual([]);
  });
});
