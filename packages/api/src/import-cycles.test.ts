import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findImportCycles } from "./testing/import-cycles.ts";

/*
 * No module of the workspace loads one that loads it back: a cycle leaves one of the two
 * half-initialised while the other runs, and hides which of them depends on which.
 */

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));

describe("the import graph", () => {
  it("has no cycle", () => {
    expect(findImportCycles(repositoryRoot)).toEqual([]);
  });
});
