import type { StageContent } from "../framework/types.ts";

/** The demo's second program: one stage of short sessions on technology in everyday lessons. */
export const classroomTechnology = {
  title: "Classroom technology",
  summary:
    "Short, practical sessions on using the devices and tools already in your classroom to make students' thinking visible.",
};

export const technologyStage1: StageContent = {
  title: "Devices that show student thinking",
  summary:
    "Quick checks, shared boards and recorded explanations: three everyday uses of classroom devices that let you see what every student understands, not only the ones who raise a hand.",
  meetingsRequired: 0,
  requiresConfirmation: false,
  sessions: [
    {
      title: "Quick checks on every device",
      summary:
        "A two-minute poll or exit question on students' devices tells you who has the idea before the lesson moves on.",
      estimatedMinutes: 10,
      indicatorCodes: ["3.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A quick check is one question every student answers at once, on a device, in under two minutes. The point is not the tool but the **decision** it lets you make: move on, reteach the whole group, or pull a small group.\n\nWrite the question before the lesson, and decide in advance what answer rate tells you to move on.",
        },
        {
          kind: "classroom_task",
          instructions:
            "In one lesson this week, stop after the first chunk and ask one quick-check question on students' devices. Note how many answered correctly and what you did next.",
        },
      ],
      reflectionPrompts: [
        "What did the quick check show you that you would not have seen from raised hands?",
      ],
    },
    {
      title: "A shared board for the whole class",
      summary:
        "A shared digital board where every group posts its thinking, so the class can compare approaches side by side.",
      estimatedMinutes: 12,
      indicatorCodes: ["3.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A shared board puts every group's work on one screen. Use it when the **comparison** matters: two ways to solve a problem, three claims about a text. Keep the prompt narrow so posts can be compared.",
        },
        {
          kind: "classroom_task",
          instructions:
            "Give groups one narrow prompt and a shared board. Put two contrasting posts side by side and ask the class what each one understood.",
        },
      ],
      reflectionPrompts: ["Which two posts did you compare, and what did students notice?"],
    },
    {
      title: "Students record their explanations",
      summary:
        "A short recorded explanation shows a student's reasoning in their own words, and can be replayed at the next conference.",
      estimatedMinutes: 15,
      indicatorCodes: ["3.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Ask students to record a one-minute explanation of how they solved a problem or why they chose an answer. Listen to five recordings and sort them by what each student understands.",
        },
        {
          kind: "classroom_task",
          instructions:
            "Have every student record a one-minute explanation of one problem. Listen to five and plan tomorrow's small group from what you hear.",
        },
      ],
      reflectionPrompts: [
        "What did a recording show about a student's reasoning that the written work did not?",
      ],
    },
  ],
};
