import type { EvidenceRequirement } from "@throughline/domain/credential";
import { demoPdf } from "./demo-pdf.ts";

/*
 * What the demo teachers submit for "Learning-Focused Lesson Design": a lesson plan, three
 * samples of student work and a reflection, each in the teacher's own lesson.
 */

export interface DemoLesson {
  subject: string;
  standard: string;
  essentialQuestion: string;
}

/** One lesson per demo teacher. */
export const demoLessons = {
  retelling: {
    subject: "Grade 2 reading: retelling a story",
    standard: "RL.2.2 Recount stories and determine their central message.",
    essentialQuestion: "How does retelling the important parts help us find a story's message?",
  },
  comparing: {
    subject: "Grade 1 math: comparing numbers",
    standard: "1.NBT.B.3 Compare two two-digit numbers using >, = and <.",
    essentialQuestion: "How can tens and ones tell us which number is greater?",
  },
  opinion: {
    subject: "Grade 3 writing: opinion paragraphs",
    standard: "W.3.1 Write opinion pieces supporting a point of view with reasons.",
    essentialQuestion: "What makes a reason convincing to a reader?",
  },
} satisfies Record<string, DemoLesson>;

const sampleLevels = ["high", "middle", "low"] as const;

interface DemoEvidenceItem {
  requirementKey: string;
  position: number;
  annotation: string;
  /** A file to store (an upload), or the written text of a reflection. */
  file: { fileName: string; bytes: Uint8Array } | null;
  text: string;
}

function reflectionOf(lesson: DemoLesson): string {
  return [
    `I planned this ${lesson.subject.toLowerCase()} lesson backward from ${lesson.standard}`,
    `The essential question, "${lesson.essentialQuestion}", was on the board all lesson and students came back to it at the summarizer.`,
    "When our team looked at the three samples with the Looking at Student Work protocol, the high sample used the vocabulary of the standard and explained its thinking in full sentences.",
    "The middle sample had the right idea but skipped a step, and the low sample showed that the student could follow the routine without yet seeing why it works.",
    "The activating strategy reached most students, but the distributed summarizing questions came too late for the students who needed them most.",
    "Next time I will place the first summarizing question after ten minutes, pair the students who struggled with a partner who can talk through the steps, and use a quick exit ticket so that I can regroup them the next morning.",
    "I will also share the high sample, with the student's permission, as a model of what a complete answer looks like, and ask the class to say what makes it complete.",
  ].join(" ");
}

/** Every required item of the credential, filled for one teacher's lesson. */
export function demoEvidence(
  requirements: readonly EvidenceRequirement[],
  lesson: DemoLesson,
  teacherName: string,
): DemoEvidenceItem[] {
  return requirements
    .filter((requirement) => !requirement.optional)
    .flatMap((requirement): DemoEvidenceItem[] => {
      if (requirement.kind === "reflection") {
        const text = reflectionOf(lesson);
        return [{ requirementKey: requirement.key, position: 0, annotation: "", file: null, text }];
      }
      if (requirement.kind !== "files") return [];
      return Array.from({ length: Math.max(1, requirement.minItems) }, (_, position) => {
        const level = sampleLevels[position % sampleLevels.length] ?? "middle";
        const single = requirement.minItems <= 1;
        const title = single ? requirement.label : `${requirement.label}: ${level} sample`;
        const bytes = demoPdf(title, [
          `${teacherName} - ${lesson.subject}`,
          `Standard: ${lesson.standard}`,
          `Essential question: ${lesson.essentialQuestion}`,
          single
            ? "Activating strategy, vocabulary, guided practice, summarizer."
            : `A ${level} sample of student work from the lesson.`,
        ]);
        const annotation = single
          ? "The essential question is at the top of page one; the summarizing strategy closes the lesson."
          : `A ${level} sample: it shows how far this student got toward the standard and where the next lesson picks up.`;
        const fileName = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`;
        return {
          requirementKey: requirement.key,
          position,
          annotation,
          file: { fileName, bytes },
          text: "",
        };
      });
    });
}
