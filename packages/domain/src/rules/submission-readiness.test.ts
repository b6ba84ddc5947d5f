import { describe, expect, it } from "vitest";
import { evidenceRequirementSchema } from "../credential.ts";
import { type EvidenceItemFacts, missingRequirements, wordCount } from "./submission-readiness.ts";

const requirements = [
  { key: "lesson_plan", kind: "files", label: "Lesson plan", minItems: 1 },
  {
    key: "student_work",
    kind: "files",
    label: "Student work",
    minItems: 3,
    annotationPrompt: "What does this sample show?",
  },
  { key: "reflection", kind: "reflection", label: "Reflection", minWords: 5 },
  { key: "video", kind: "link", label: "Lesson video", optional: true },
].map((requirement) => evidenceRequirementSchema.parse(requirement));

function file(requirementKey: string, annotation = ""): EvidenceItemFacts {
  return { requirementKey, source: "upload", annotation, text: "", url: null };
}
const reflection: EvidenceItemFacts = {
  requirementKey: "reflection",
  source: "text",
  annotation: "",
  text: "one two three four five",
  url: null,
};

describe("missingRequirements", () => {
  it("counts a clip of classroom video as a file, and as a link, annotated like any file", () => {
    const clip = (requirementKey: string, annotation = ""): EvidenceItemFacts => ({
      requirementKey,
      source: "video_clip",
      annotation,
      text: "",
      url: null,
    });
    const items = [
      clip("lesson_plan"),
      clip("student_work", "x"),
      file("student_work", "x"),
      clip("student_work"),
      reflection,
    ];
    expect(missingRequirements(requirements, items)).toEqual([
      {
        requirementKey: "student_work",
        message: "Student work: annotate every file (1 without an annotation).",
      },
    ]);
    const optionalLink = evidenceRequirementSchema.parse({
      key: "video",
      kind: "link",
      label: "Lesson video",
    });
    expect(missingRequirements([optionalLink], [clip("video")])).toEqual([]);
  });

  it("lists every unmet requirement in order with what is missing", () => {
    expect(missingRequirements(requirements, [file("student_work", "x")])).toEqual([
      { requirementKey: "lesson_plan", message: "Lesson plan: attach 1 file (0 so far)." },
      { requirementKey: "student_work", message: "Student work: attach 3 files (1 so far)." },
      { requirementKey: "reflection", message: "Reflection: write at least 5 words (0 so far)." },
    ]);
  });

  it("asks for annotations where the requirement wants them", () => {
    const items = [
      file("lesson_plan"),
      file("student_work", "a"),
      file("student_work"),
      file("student_work", "c"),
      reflection,
    ];
    expect(missingRequirements(requirements, items)).toEqual([
      {
        requirementKey: "student_work",
        message: "Student work: annotate every file (1 without an annotation).",
      },
    ]);
  });

  it("is satisfied when everything required is there; optional ones may be left out", () => {
    const items = [
      file("lesson_plan"),
      ...["a", "b", "c"].map((note) => file("student_work", note)),
      reflection,
    ];
    expect(missingRequirements(requirements, items)).toEqual([]);
  });

  it.each([
    ["", 0],
    ["   ", 0],
    ["one", 1],
    [" one  two\nthree ", 3],
  ])("counts %j as %i words", (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});
