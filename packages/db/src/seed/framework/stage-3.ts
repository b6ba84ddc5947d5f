import type { StageContent } from "./types.ts";

export const stage3: StageContent = {
  title: "Accelerating Learning-Focused Lessons: Catching Kids Up",
  summary:
    "Help students who are behind learn grade-level content: pre-teach before the lesson, target the prerequisite skills of the next unit, and keep every student in grade-level work with the supports they need.",
  meetingsRequired: 4,
  requiresConfirmation: true,
  sessions: [
    {
      title: "Acceleration, Not Remediation",
      summary:
        "Remediation reteaches what students missed; acceleration prepares them for what comes next. This session contrasts the two and explains why acceleration closes gaps faster.",
      estimatedMinutes: 12,
      indicatorCodes: ["3.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Remediation starts from the past: it reteaches last year's skills, often in isolation, and students fall further behind the class while they catch up. Acceleration starts from the **next** unit: it finds the few prerequisite skills students need for it and teaches those just in time, so students take part in grade-level learning with their class.",
        },
        {
          kind: "strategy_card",
          title: "Remediation or acceleration?",
          steps: [
            "Does the support look forward to the next unit or back to last year?",
            "Does the student stay in grade-level instruction?",
            "Is the support short and targeted, or a long review?",
            "Will the student experience success in class as a result?",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "List the supports your students who are behind receive now. Mark each as remediation or acceleration and choose one to turn into acceleration for the next unit.",
        },
      ],
      reflectionPrompts: [
        "What would change for your students if the support came before the lesson instead of after it?",
      ],
    },
    {
      title: "Finding the Prerequisite Skills for the Next Unit",
      summary:
        "Acceleration depends on knowing exactly which earlier skills the next unit needs. You will map one upcoming unit to its three or four essential prerequisites and write a short check for them.",
      estimatedMinutes: 15,
      indicatorCodes: ["3.2", "1.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Not every gap matters for the next unit. Start from the unit's standards and ask: what must a student already be able to do to learn this? Keep only the three or four skills without which the unit is out of reach. Those are the targets of acceleration.",
        },
        {
          kind: "strategy_card",
          title: "Prerequisite map",
          steps: [
            "Write the next unit's standards and essential question.",
            "For each, list the earlier skills it depends on.",
            "Keep the three or four that appear most often or matter most.",
            "Write a five-item check that shows who has them.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Give the prerequisite check two weeks before the next unit. Group students by the skills they are missing; bring the groups to your support meeting.",
        },
      ],
      reflectionPrompts: [
        "Which prerequisite skill was missing for the most students, and did that surprise you?",
      ],
    },
    {
      title: "Pre-Teaching Vocabulary Before the Lesson",
      summary:
        "Students who meet the key words before the lesson can follow it with the class. This session plans a ten-minute vocabulary pre-teach for a small group on the day before the lesson.",
      estimatedMinutes: 15,
      indicatorCodes: ["3.1", "1.4"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Pre-teaching is short and specific: the three to five words of tomorrow's lesson, taught today to the students who need them. When the class meets the words tomorrow, these students hear them for the second time and can take part from the start.",
        },
        {
          kind: "strategy_card",
          title: "A ten-minute vocabulary pre-teach",
          steps: [
            "Choose tomorrow's key words (the same ones you will preview with the class).",
            "Teach each with meaning, image, example and use.",
            "Students sort or match the words to images.",
            "Each student uses two words in a sentence about tomorrow's topic.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Pre-teach the vocabulary of one lesson to a small group the day before. During the lesson, note when those students speak and which words they use.",
        },
      ],
      reflectionPrompts: [
        "How did the pre-taught students take part in the lesson compared with usual?",
      ],
    },
    {
      title: "Previewing the Big Idea and the Essential Question",
      summary:
        "Beyond vocabulary, students who are behind benefit from knowing where the lesson is going. You will plan a short preview of the essential question and the big idea for a small group.",
      estimatedMinutes: 12,
      indicatorCodes: ["3.1", "1.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A preview gives students a mental hook to hang the lesson on: the question they will answer and a rough picture of the answer. It takes a few minutes and turns a confusing lesson into a familiar one.",
        },
        {
          kind: "strategy_card",
          title: "Preview routine",
          steps: [
            "Read tomorrow's essential question together.",
            "Tell the big idea in two sentences, with a picture or a short example.",
            "Ask students what they already know that connects to it.",
            "Give one thing to listen for in tomorrow's lesson.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Preview the essential question and the big idea of a lesson with a small group. At the end of the lesson, compare their closing summaries with the rest of the class.",
        },
      ],
      reflectionPrompts: ["What did the preview let these students do that they could not before?"],
    },
    {
      title: "Modeling with a Worked Example",
      summary:
        "A worked example shows students exactly what success looks like before they try. This session plans a think-aloud with a worked example for a small acceleration group.",
      estimatedMinutes: 15,
      indicatorCodes: ["3.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Students who are behind often lack a clear model of the finished work. Thinking aloud while solving one example, then having students explain a second worked example back, builds the steps they will need in class.",
        },
        {
          kind: "strategy_card",
          title: "I do, we do, you explain",
          steps: [
            "I do: solve one example aloud, naming every decision.",
            "We do: solve a second example together; students supply the steps.",
            "You explain: students explain a third, already-solved example to a partner.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Use the routine with an acceleration group before a lesson that introduces a new procedure. Collect the group's first independent attempt during the lesson.",
        },
      ],
      reflectionPrompts: ["Which step of the worked example did students find hardest to explain?"],
    },
    {
      title: "Planning an Acceleration Cycle for a Small Group",
      summary:
        "Put the pieces together into a cycle: prerequisite check, pre-teaching, grade-level lesson, and a quick check of progress. You will plan a two-week cycle for one group.",
      estimatedMinutes: 18,
      indicatorCodes: ["3.2", "3.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "An acceleration cycle runs alongside a unit. Before the unit: check prerequisites and form groups. Each week: pre-teach the vocabulary and preview the next lessons. During lessons: the group takes part in grade-level work. At the end of the week: a short check decides who still needs support.",
        },
        {
          kind: "strategy_card",
          title: "Two-week acceleration plan",
          steps: [
            "Day 1: prerequisite check; form a group of four to six students.",
            "Twice a week: 15 minutes of pre-teaching before the class lessons.",
            "Daily: group members take part in the grade-level lesson with scaffolds.",
            "Friday: five-minute check; adjust the group.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Plan and start a two-week acceleration cycle for one group. Schedule the pre-teaching sessions with your team so the time is protected.",
        },
      ],
      reflectionPrompts: [
        "Where will the time for pre-teaching come from, and who can help protect it?",
        "What will tell you the cycle is working?",
      ],
    },
    {
      title: "Scaffolds That Keep Students in Grade-Level Work",
      summary:
        "Scaffolds let students do grade-level tasks they could not yet do alone. This session covers sentence frames, organizers and chunked texts, and how to remove them over time.",
      estimatedMinutes: 15,
      indicatorCodes: ["3.2", "2.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A scaffold changes how students get to the goal, not the goal itself. Lowering the task is not a scaffold. Good scaffolds are temporary: the plan for removing them is part of the plan for using them.",
        },
        {
          kind: "strategy_card",
          title: "Scaffolds for grade-level tasks",
          steps: [
            "Sentence frames for discussion and writing.",
            "A partially completed graphic organizer.",
            "The text chunked into sections, each with a guiding question.",
            "A word bank of the key vocabulary with images.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Add one scaffold to a grade-level task for your acceleration group and plan when you will fade it. Compare the group's work with their work on a similar task without the scaffold.",
        },
      ],
      reflectionPrompts: ["Which scaffold helped most, and what is your plan to remove it?"],
    },
    {
      title: "Monitoring Progress and Adjusting Groups",
      summary:
        "Acceleration groups change as students catch up. You will use short weekly checks to decide who leaves, who stays and what to pre-teach next.",
      estimatedMinutes: 12,
      indicatorCodes: ["3.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A group that never changes is a track, not an acceleration group. Short, frequent checks (five items, five minutes) on the skills that were pre-taught show who can now work without support and who needs a different approach.",
        },
        {
          kind: "strategy_card",
          title: "Weekly group review",
          steps: [
            "Give a five-item check on the week's pre-taught skills.",
            "Students with four or five correct leave the group.",
            "Students with two or three stay; plan the next pre-teach from their errors.",
            "Students with zero or one: try a different approach and talk to your coach.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Run the weekly review for two weeks and record how the group changed. Share the record with your team at the next support meeting.",
        },
      ],
      reflectionPrompts: ["How did your group change over two weeks, and what caused the change?"],
    },
    {
      title: "Catching Kids Up Together: Team Planning for Acceleration",
      summary:
        "Acceleration works best when a team plans it together. This session shows how a grade-level or department team can share prerequisite checks, pre-teaching and progress monitoring.",
      estimatedMinutes: 20,
      indicatorCodes: ["3.1", "3.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "When a team shares the work, each teacher does not have to build everything alone. One teacher writes the prerequisite check, another the pre-teaching plan, a third the weekly review, and the team looks at the results together in its support meetings.",
        },
        {
          kind: "strategy_card",
          title: "Team acceleration protocol",
          steps: [
            "Agree on the next unit and its prerequisite skills.",
            "Divide the work: check, pre-teaching plans, weekly review.",
            "Schedule the pre-teaching time across the team's classes.",
            "Review the weekly results together and regroup students.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Bring the protocol to your team. Agree on one unit to accelerate together and record who does what on your action plan.",
        },
      ],
      reflectionPrompts: [
        "What did your team decide, and what is your part?",
        "What will you look at together at the next meeting?",
      ],
    },
  ],
};
