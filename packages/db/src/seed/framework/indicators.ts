import type { IndicatorContent } from "./types.ts";

/** Observable practices of the Learning-Focused framework, numbered by stage. */
export const indicators: IndicatorContent[] = [
  {
    code: "1.1",
    title: "Plans backward from the standard",
    description:
      "The learning goal and the way students will show mastery are decided before any activity is chosen; every part of the lesson serves the standard.",
  },
  {
    code: "1.2",
    title: "Uses an essential question",
    description:
      "A posted, student-friendly essential question frames the lesson, is returned to during the lesson, and is answered by students at the end.",
  },
  {
    code: "1.3",
    title: "Activates prior knowledge",
    description:
      "An activating strategy connects the new learning to what students already know and builds the background and vocabulary they need to begin.",
  },
  {
    code: "1.4",
    title: "Teaches key vocabulary explicitly",
    description:
      "A small set of essential terms is previewed and taught with meaning, images and use, and students use the words in speaking and writing.",
  },
  {
    code: "1.5",
    title: "Chunks instruction with distributed summarizing",
    description:
      "Instruction comes in short chunks, each followed by students summarizing or processing what they just learned, with the teacher checking understanding.",
  },
  {
    code: "1.6",
    title: "Closes with a summarizing strategy",
    description:
      "The lesson ends with every student summarizing the learning in answer to the essential question, and the teacher uses the answers to plan the next lesson.",
  },
  {
    code: "2.1",
    title: "Asks higher-order questions",
    description:
      "Planned questions ask students to analyze, compare, evaluate and justify, and students have time and structures to think before they answer.",
  },
  {
    code: "2.2",
    title: "Uses graphic organizers for thinking",
    description:
      "Graphic organizers match the thinking the task asks for (comparing, sequencing, cause and effect) and students use them to reason, not just to record.",
  },
  {
    code: "2.3",
    title: "Uses writing to learn in every subject",
    description:
      "Students write short, frequent, low-stakes pieces that make them explain, summarize and argue about the content they are learning.",
  },
  {
    code: "2.4",
    title: "Teaches reading strategies in the content area",
    description:
      "Students are shown how to read the texts of the subject (previewing, annotating, reading with a purpose) and practise it with grade-level text.",
  },
  {
    code: "3.1",
    title: "Pre-teaches before the lesson",
    description:
      "Students who need it see the vocabulary, the key idea and a model before the whole-class lesson, so they can take part in grade-level work.",
  },
  {
    code: "3.2",
    title: "Accelerates rather than remediates",
    description:
      "Support targets the prerequisite skills for the upcoming standard and keeps students in grade-level work, instead of reteaching last year's content in isolation.",
  },
];
