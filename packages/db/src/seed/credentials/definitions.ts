import type {
  CalibrationEvidence,
  CriterionFeedback,
  CriterionScores,
  EvidenceRequirement,
  PassingRule,
  Rubric,
} from "@throughline/domain/credential";
import { descriptors, seedLevels } from "./rubric-levels.ts";

/** A seeded micro-credential definition and its calibration sample, scored by the lead reviewer. */
export interface SeedCredential {
  name: string;
  competency: string;
  keyMethod: string;
  criteriaNarrative: string;
  /** The default stage (1-based position) it belongs to. */
  stagePosition: number;
  indicatorCodes: string[];
  requirements: EvidenceRequirement[];
  rubric: Rubric;
  passingRule: PassingRule;
  pdMinutes: number;
  validityMonths: number | null;
  calibration: {
    title: string;
    evidence: CalibrationEvidence;
    scores: CriterionScores;
    feedback: CriterionFeedback;
  };
}

const proficientBar: PassingRule = { minimumLevel: "proficient", allowedOneBelow: 0 };

function requirement(
  fields: Pick<EvidenceRequirement, "key" | "kind" | "label"> & Partial<EvidenceRequirement>,
): EvidenceRequirement {
  return {
    instructions: "",
    minItems: 1,
    annotationPrompt: null,
    minWords: 0,
    optional: false,
    ...fields,
  };
}

const lessonDesign: SeedCredential = {
  name: "Learning-Focused Lesson Design",
  competency:
    "Designs lessons backward from the standard, framed by an essential question, with an activating strategy, distributed summarizing and a summarizing strategy that shows what students learned.",
  keyMethod: "Planning backward from the standard",
  criteriaNarrative:
    "The earner submitted a lesson plan built backward from a standard, three annotated samples of student work examined with the Looking at Student Work protocol, and a reflection on what the work showed. A certified reviewer judged every rubric criterion at Proficient or above.",
  stagePosition: 1,
  indicatorCodes: ["1.1", "1.2", "1.3", "1.6"],
  requirements: [
    requirement({
      key: "lesson_plan",
      kind: "files",
      label: "Lesson plan",
      instructions:
        "One lesson plan you taught this term, showing the standard, the essential question, the activating strategy and the summarizing strategy.",
      annotationPrompt:
        "Point out where the essential question and the summarizing strategy appear.",
    }),
    requirement({
      key: "student_work",
      kind: "files",
      label: "Samples of student work",
      instructions:
        "Three samples from that lesson (high, middle and low), examined with your team using the Looking at Student Work protocol.",
      minItems: 3,
      annotationPrompt: "What does this sample show about students' learning of the standard?",
    }),
    requirement({
      key: "reflection",
      kind: "reflection",
      label: "Reflection",
      instructions: "What did the student work tell you, and what will you change next time?",
      minWords: 150,
    }),
    requirement({
      key: "lesson_video",
      kind: "link",
      label: "Lesson video",
      instructions: "Optional: a link to a recording of part of the lesson.",
      optional: true,
    }),
  ],
  rubric: {
    levels: seedLevels,
    criteria: [
      {
        key: "standards_alignment",
        name: "Alignment to the standard",
        descriptors: descriptors(
          "The standard is named but the lesson's activities do not lead to it.",
          "Most activities lead to the standard; the assessment checks something else.",
          "Activities and the assessment are planned backward from the standard.",
          "Every part of the lesson, including the assessment, is traceable to the standard and its level of thinking.",
        ),
      },
      {
        key: "essential_question",
        name: "Essential question",
        descriptors: descriptors(
          "No essential question, or one answered with a fact.",
          "An essential question is posted but not returned to.",
          "The essential question frames the lesson and students answer it at the end.",
          "Students use the essential question to monitor their own learning throughout.",
        ),
      },
      {
        key: "summarizing",
        name: "Summarizing and evidence of learning",
        descriptors: descriptors(
          "The lesson ends without students summarizing.",
          "A summarizing activity happens but does not show what each student learned.",
          "Distributed summarizing and a closing strategy show what each student learned.",
          "Summaries are used during the lesson to adjust instruction, and the student work shows it.",
        ),
      },
      {
        key: "reflection",
        name: "Reflection on practice",
        descriptors: descriptors(
          "Describes the lesson without looking at the student work.",
          "Names what went well or badly without evidence.",
          "Draws conclusions from the student work and names a change to make.",
          "Draws conclusions from the student work, names a change, and says how to check it worked.",
        ),
      },
    ],
  },
  passingRule: proficientBar,
  pdMinutes: 600,
  validityMonths: null,
  calibration: {
    title: "Grade 4 fractions lesson (calibration sample A)",
    evidence: [
      {
        requirementKey: "lesson_plan",
        title: "Lesson plan: Comparing fractions with unlike denominators",
        body: "Standard 4.NF.A.2 is written at the top. Essential question: 'How can we tell which of two fractions is greater when the pieces are different sizes?' Activating strategy: a 'which would you rather have' pizza prompt. Distributed summarizing after each of three chunks (pair share, quick write, thumbs). Closing: students answer the essential question on an exit ticket with a drawing.",
      },
      {
        requirementKey: "student_work",
        title: "Three exit tickets (high, middle, low)",
        body: "High: compares 3/4 and 5/8 with a common denominator and a drawing. Middle: correct answer, drawing only, no reasoning. Low: says 5/8 is greater 'because 8 is bigger'. Annotations name what each shows about the standard.",
      },
      {
        requirementKey: "reflection",
        title: "Reflection",
        body: "About a third of the class reasoned from the denominator alone. Next time I will add a chunk with fraction strips before the drawings and ask the essential question again after it, so I can catch the misconception mid-lesson instead of on the exit ticket.",
      },
    ],
    scores: {
      standards_alignment: "proficient",
      essential_question: "proficient",
      summarizing: "exemplary",
      reflection: "proficient",
    },
    feedback: {
      standards_alignment: "Every chunk and the exit ticket lead to 4.NF.A.2.",
      essential_question: "Posted, returned to at the close, answered by every student.",
      summarizing: "The summaries were used to re-teach during the lesson: exemplary.",
      reflection: "Draws on the student work and names a concrete change.",
    },
  },
};

const higherOrderQuestions: SeedCredential = {
  name: "Higher-Order Questioning",
  competency:
    "Plans and asks questions at the analysis, evaluation and creation levels, and uses students' answers to raise the rigor of the lesson.",
  keyMethod: "Higher-order questions and thinking organizers",
  criteriaNarrative:
    "The earner submitted a lesson plan with planned higher-order questions, three annotated samples of student answers, and a reflection on the level of thinking they showed. A certified reviewer judged every rubric criterion at Proficient or above.",
  stagePosition: 2,
  indicatorCodes: ["2.1", "2.2"],
  requirements: [
    requirement({
      key: "lesson_plan",
      kind: "files",
      label: "Lesson plan with planned questions",
      instructions:
        "A lesson plan listing the higher-order questions you planned and when you asked them.",
      annotationPrompt: "Which questions are at the analysis level or above?",
    }),
    requirement({
      key: "student_work",
      kind: "files",
      label: "Student answers",
      instructions: "Three samples of students' written answers to a higher-order question.",
      minItems: 3,
      annotationPrompt: "What level of thinking does this answer show?",
    }),
    requirement({
      key: "reflection",
      kind: "reflection",
      label: "Reflection",
      instructions: "How did students' answers change the rest of the lesson?",
      minWords: 150,
    }),
  ],
  rubric: {
    levels: seedLevels,
    criteria: [
      {
        key: "question_level",
        name: "Level of the planned questions",
        descriptors: descriptors(
          "Questions ask for recall.",
          "Some questions ask for comprehension or application.",
          "Planned questions include analysis and evaluation at key points.",
          "Questions build in a sequence to evaluation or creation.",
        ),
      },
      {
        key: "student_thinking",
        name: "Thinking in students' answers",
        descriptors: descriptors(
          "Answers repeat what was taught.",
          "Some answers explain; few analyse.",
          "Most answers analyse or justify with evidence.",
          "Answers evaluate and build on one another's ideas.",
        ),
      },
      {
        key: "responsiveness",
        name: "Responding to answers",
        descriptors: descriptors(
          "Answers are accepted or corrected and the lesson moves on.",
          "Follow-up questions are asked of some answers.",
          "Answers shape the next question or activity.",
          "The lesson is visibly re-planned around students' thinking.",
        ),
      },
    ],
  },
  passingRule: proficientBar,
  pdMinutes: 480,
  validityMonths: 36,
  calibration: {
    title: "Grade 7 science discussion (calibration sample B)",
    evidence: [
      {
        requirementKey: "lesson_plan",
        title: "Lesson plan: Ecosystems and energy flow",
        body: "Planned questions: 'What is a producer?' 'Name a consumer.' 'What would happen to the hawks if the grass died?' (the only question above recall, asked at the end).",
      },
      {
        requirementKey: "student_work",
        title: "Three written answers",
        body: "All three answers to the hawk question say 'they would die' without explaining the chain of energy.",
      },
      {
        requirementKey: "reflection",
        title: "Reflection",
        body: "Students did well on the vocabulary. I will keep the same questions next year.",
      },
    ],
    scores: {
      question_level: "developing",
      student_thinking: "beginning",
      responsiveness: "beginning",
    },
    feedback: {
      question_level: "One question above recall, asked only at the end.",
      student_thinking: "The answers restate a conclusion without reasoning.",
      responsiveness: "The reflection does not use the answers.",
    },
  },
};

const preTeaching: SeedCredential = {
  name: "Pre-Teaching for Acceleration",
  competency:
    "Identifies students who will struggle with an upcoming lesson and pre-teaches its vocabulary and prerequisite skills so they succeed in the grade-level lesson.",
  keyMethod: "Acceleration through pre-teaching",
  criteriaNarrative:
    "The earner submitted a pre-teaching plan for a small group, two samples of the group's work from the grade-level lesson, and a reflection. A certified reviewer judged every rubric criterion at Proficient or above, allowing one criterion at Developing.",
  stagePosition: 3,
  indicatorCodes: ["3.1", "3.2", "1.4"],
  requirements: [
    requirement({
      key: "pre_teach_plan",
      kind: "files",
      label: "Pre-teaching plan",
      instructions:
        "The plan for the pre-teaching session: who, which vocabulary and skills, and why.",
    }),
    requirement({
      key: "student_work",
      kind: "files",
      label: "Work from the grade-level lesson",
      instructions: "Two samples from pre-taught students in the lesson that followed.",
      minItems: 2,
      annotationPrompt: "How did the pre-teaching show in this work?",
    }),
    requirement({
      key: "reflection",
      kind: "reflection",
      label: "Reflection",
      instructions: "What changed for the pre-taught students in the grade-level lesson?",
      minWords: 120,
    }),
  ],
  rubric: {
    levels: seedLevels,
    criteria: [
      {
        key: "selection",
        name: "Choosing students and content",
        descriptors: descriptors(
          "Students or content chosen without data.",
          "Students chosen from data; content is general review.",
          "Students and the lesson's critical vocabulary and skills chosen from data.",
          "Choices are made from data and revisited after each lesson.",
        ),
      },
      {
        key: "pre_teaching",
        name: "The pre-teaching session",
        descriptors: descriptors(
          "Re-teaches last unit's content.",
          "Previews the lesson without practice.",
          "Teaches the vocabulary and prerequisite skills with practice.",
          "Builds students' confidence to lead part of the grade-level lesson.",
        ),
      },
      {
        key: "impact",
        name: "Impact in the grade-level lesson",
        descriptors: descriptors(
          "No evidence from the grade-level lesson.",
          "Students participated more; the work does not show learning.",
          "The work shows pre-taught students meeting the lesson's goal.",
          "Pre-taught students' work matches or exceeds their peers'.",
        ),
      },
    ],
  },
  passingRule: { minimumLevel: "proficient", allowedOneBelow: 1 },
  pdMinutes: 360,
  validityMonths: null,
  calibration: {
    title: "Grade 5 reading group (calibration sample C)",
    evidence: [
      {
        requirementKey: "pre_teach_plan",
        title: "Pre-teaching plan",
        body: "Four students chosen from the unit pre-assessment. Vocabulary: 'theme', 'evidence', 'infer'. A 15-minute session the day before with a picture book and a sentence frame.",
      },
      {
        requirementKey: "student_work",
        title: "Two samples",
        body: "Both students state a theme and cite one piece of evidence from the text, as the lesson asked.",
      },
      {
        requirementKey: "reflection",
        title: "Reflection",
        body: "Both students volunteered during the lesson for the first time this unit. I will use the same pre-assessment to choose next week's group.",
      },
    ],
    scores: { selection: "proficient", pre_teaching: "proficient", impact: "developing" },
    feedback: {
      selection: "Chosen from the pre-assessment, with the lesson's critical vocabulary.",
      pre_teaching: "Teaches and practises the vocabulary the day before.",
      impact: "The work meets the goal but only one piece of evidence each; developing.",
    },
  },
};

/** The three micro-credentials every district starts with, one per default stage. */
export const seedCredentials: SeedCredential[] = [lessonDesign, higherOrderQuestions, preTeaching];
