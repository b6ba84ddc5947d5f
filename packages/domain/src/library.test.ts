import { describe, expect, it } from "vitest";
import {
  changedSessionKeys,
  type LibraryPackage,
  libraryPackageSchema,
  packageChanges,
} from "./library.ts";

const session = (key: string, title: string) => ({
  key,
  title,
  summary: "What the session is about.",
  estimatedMinutes: 15,
  reflectionPrompts: ["What will you try?"],
  afterLessonPrompts: [],
  indicatorCodes: ["1.1"],
  blocks: [{ kind: "reading" as const, markdown: "Read this." }],
});
const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const S = "00000000-0000-4000-8000-00000000000c";
const envelope = {
  format: "throughline-library/2",
  license: "CC BY 4.0",
  attribution: "Maple Valley",
  source: { districtName: "Maple Valley", version: 1 },
} as const;
const stage = {
  key: S,
  title: "Stage",
  summary: "What the stage is about.",
  meetingsRequired: 0,
  requiresConfirmation: false,
  openToAll: false,
} as const;
const program = (sessions: ReturnType<typeof session>[]): LibraryPackage =>
  libraryPackageSchema.parse({
    ...envelope,
    kind: "program",
    program: { title: "Program", summary: "", stages: [{ ...stage, sessions }] },
  });

describe("library packages", () => {
  it("still reads format 1 stage packages, and only stages in that format", () => {
    const legacy = { ...envelope, format: "throughline-library/1", kind: "stage" };
    const stagePackage = { ...legacy, stage: { ...stage, sessions: [session(A, "One")] } };
    expect(libraryPackageSchema.safeParse(stagePackage).success).toBe(true);
    const oldProgram = { ...program([session(A, "One")]), format: "throughline-library/1" };
    expect(libraryPackageSchema.safeParse(oldProgram).error?.issues[0]?.message).toBe(
      "This file is not a Throughline library package",
    );
  });

  it("lists a program's added, changed and removed sessions across its stages", () => {
    const older = program([session(A, "One"), session(B, "Two")]);
    const newer = program([session(A, "One, revised"), session(S, "Three")]);
    expect(packageChanges(older, newer)).toEqual({
      added: ["Three"],
      removed: ["Two"],
      changed: ["One, revised"],
      detailsChanged: false,
    });
    expect([...changedSessionKeys(older, newer)].sort()).toEqual([A, S].sort());
  });
});
