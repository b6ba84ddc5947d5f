import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The apps decide what a person may do from the access rules' decisions that `viewer.me`
 * carries (`access`, `administers`), never by looking for a role name in the viewer's roles:
 * a second copy of a rule drifts from the one the API enforces.
 */
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const folders = ["apps/teacher/src", "apps/coach/src", "apps/admin/src", "packages/app-kit/src"];

/** `roles.some((entry) => entry.role === …)` and the like, and `….role).includes(…)`. */
const roleLookups = [
  /roles\??\.(some|every|find|findIndex|filter)\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*\2\.role\s*[!=]==/,
  /\.role\s*\)\s*\.includes\(/,
];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repositoryRoot, folder), { recursive: true, encoding: "utf8" })
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
    .map((path) => join(folder, path));
}

function roleLookupsIn(source: string): string[] {
  return source.split("\n").filter((line) => roleLookups.some((pattern) => pattern.test(line)));
}

describe("the apps' capabilities", () => {
  it("recognise a role lookup", () => {
    expect(
      roleLookupsIn('if (viewer?.roles.some((entry) => entry.role === "district_admin")) x();'),
    ).toHaveLength(1);
    expect(roleLookupsIn("const admin = viewer.data?.administers.district;")).toEqual([]);
  });

  it.each(folders)("%s reads them from viewer.me, not from role names", (folder) => {
    const found = sourceFiles(folder).flatMap((file) =>
      roleLookupsIn(readFileSync(join(repositoryRoot, file), "utf8")).map(
        (line) => `${file}: ${line.trim()}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
