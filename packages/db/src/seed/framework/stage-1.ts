import type { StageContent } from "./types.ts";

export const stage1: StageContent = {
  title: "High Performance Learning-Focused Lessons",
  summary:
    "The basic, standards-driven lesson, planned backward from what students must learn: an essential question, an activating strategy, key vocabulary, instruction in chunks with distributed summarizing, and a summarizing close.",
  meetingsRequired: 3,
  requiresConfirmation: true,
  sessions: [
    {
      title: "The Learning-Focused Lesson at a Glance",
      summary:
        "A tour of the parts of a Learning-Focused lesson and why each one is there. You will see how the essential question, the activating strategy, vocabulary and summarizing fit together into one plan.",
      estimatedMinutes: 12,
      indicatorCodes: ["1.1", "1.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A Learning-Focused lesson is built around what students must know and be able to do, not around the activities we like. Every lesson has the same frame: an **essential question** students can answer by the end, an **activating strategy** that connects to what they know, **key vocabulary** taught up front, **instruction in chunks** with students summarizing after each chunk, and a **summarizing strategy** to close.\n\nThe frame is not a script. It is a checklist for making sure that every minute of the lesson moves students toward the standard.",
        },
        {
          kind: "strategy_card",
          title: "The lesson frame on one page",
          steps: [
            "Post the essential question where every student can see it.",
            "Open with an activating strategy (3–8 minutes) that previews the new learning.",
            "Teach 3–5 key vocabulary words with meaning, an image and an example.",
            "Teach in chunks of 8–12 minutes; after each, students summarize with a partner.",
            "Close: every student answers the essential question in writing.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Take a lesson you will teach this week. Mark which parts of the frame it already has and which are missing. Add the missing part that would make the biggest difference and teach the lesson with it.",
        },
      ],
      reflectionPrompts: [
        "Which part of the lesson frame was already strong in your lesson, and which did you add?",
      ],
    },
    {
      title: "Planning Backward from the Standard",
      summary:
        "Start with the standard, decide what mastery looks like, then choose the activities. This session walks through unpacking one standard into a learning goal and an assessment before any activity is planned.",
      estimatedMinutes: 15,
      indicatorCodes: ["1.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Backward planning reverses the usual order. Instead of asking *what will we do tomorrow?*, we ask *what must students know and be able to do, and how will I know they can?* Unpacking the standard means underlining the verbs (what students do) and circling the nouns (what they must know). The assessment is written next, so the activities can be chosen to prepare students for it.",
        },
        {
          kind: "strategy_card",
          title: "Unpacking a standard",
          steps: [
            "Copy the standard exactly as written.",
            "Underline the verbs: these are the thinking students must do.",
            "Circle the nouns and noun phrases: these are the concepts and vocabulary.",
            "Write the learning goal in student language: 'I can…'.",
            "Write one assessment item that would prove mastery, before planning any activity.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Unpack the standard for your next unit with the steps above. Share the assessment item with a colleague from your team and ask: would a student who can do this have met the standard?",
        },
      ],
      reflectionPrompts: [
        "What changed in your plan when you wrote the assessment before the activities?",
        "Which verb in the standard asks the most of your students?",
      ],
    },
    {
      title: "Writing Essential Questions Students Can Answer",
      summary:
        "An essential question names the learning of the lesson or unit in a form students can answer by the end. You will learn to turn a standard into unit and lesson essential questions and to test them against three criteria.",
      estimatedMinutes: 15,
      indicatorCodes: ["1.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A good essential question is **answerable** at the end of the lesson, **requires the learning** of the lesson to answer, and is **written for students**. 'What is photosynthesis?' can be answered with a definition; 'How do plants turn light into the food that every living thing depends on?' asks students to explain the process they just learned.\n\nUnit essential questions frame the big idea; lesson essential questions break it into the pieces students learn each day.",
        },
        {
          kind: "strategy_card",
          title: "From standard to essential question",
          steps: [
            "Start from the learning goal you wrote when you unpacked the standard.",
            "Turn it into a question that starts with how, why, or what is the relationship between.",
            "Check: could a student answer it well only after this lesson?",
            "Rewrite any words students would not understand.",
          ],
        },
        {
          kind: "reading",
          markdown:
            "**Look-fors:** the essential question is posted before students arrive; the teacher reads it aloud at the start; students can say in their own words what they are trying to find out.",
        },
        {
          kind: "classroom_task",
          instructions:
            "Write a unit essential question and the lesson essential questions for the next three lessons. Post tomorrow's question and ask three students at the end of class to answer it aloud.",
        },
      ],
      reflectionPrompts: [
        "How well could your students answer the essential question at the end of the lesson, and what does that tell you about the lesson?",
      ],
    },
    {
      title: "Keeping the Essential Question Alive During the Lesson",
      summary:
        "A posted question that nobody returns to does not change learning. This session shows quick ways to come back to the essential question at each chunk so students see how the pieces add up.",
      estimatedMinutes: 12,
      indicatorCodes: ["1.2", "1.5"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Students learn more when they know what the lesson is for. Returning to the essential question after each chunk of instruction, even for thirty seconds, tells students which part of the answer they just learned and what is still missing.",
        },
        {
          kind: "strategy_card",
          title: "Three touch points",
          steps: [
            "Opening: read the question together and ask what students already think the answer might be.",
            "Middle: after each chunk, ask 'What part of our question can we answer now?'",
            "Close: students write a complete answer and compare it with their opening guess.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "In one lesson this week, use all three touch points. Collect the closing answers and sort them into 'has it', 'almost' and 'not yet' to plan tomorrow's opening.",
        },
      ],
      reflectionPrompts: [
        "What did the closing answers show you that you would not have noticed otherwise?",
      ],
    },
    {
      title: "Activating Strategies That Build Background",
      summary:
        "An activating strategy connects new learning to what students already know and gives every student a way in. You will compare several activating strategies and choose one that previews the vocabulary and the big idea of your next lesson.",
      estimatedMinutes: 15,
      indicatorCodes: ["1.3"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Activating is more than a warm-up. A strong activating strategy does two jobs: it **taps prior knowledge** and it **builds the background** students who lack that knowledge need. It should be short (3–8 minutes), connect directly to the essential question, and preview the key vocabulary.",
        },
        {
          kind: "strategy_card",
          title: "Activating strategies to try",
          steps: [
            "Anticipation guide: students agree or disagree with 4–5 statements, then revisit them at the end.",
            "Picture prompt: a single image related to the lesson; students write what they notice and wonder.",
            "Quick sort: students sort the lesson's vocabulary into groups and explain their groups.",
            "Real-world connection: a short scenario that the lesson will help students solve.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Plan an activating strategy for a lesson next week that previews at least two vocabulary words. Time it: keep it under eight minutes. Note which students it helped get started.",
        },
      ],
      reflectionPrompts: [
        "How did the activating strategy change the first ten minutes of instruction?",
        "Which students had the least background, and did the strategy give it to them?",
      ],
    },
    {
      title: "Previewing Key Vocabulary",
      summary:
        "Students cannot think with words they do not know. This session shows how to choose the three to five words that matter most for a lesson and preview them before instruction.",
      estimatedMinutes: 15,
      indicatorCodes: ["1.4"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Choose vocabulary from the standard and the essential question, not from the glossary of the textbook. Ask: which words will students need to **understand the instruction** and to **answer the essential question**? Those are the words to preview; others can be taught in passing.",
        },
        {
          kind: "strategy_card",
          title: "Choosing the words that matter",
          steps: [
            "List every content word in the lesson.",
            "Circle the words that appear in the standard or the essential question.",
            "Keep three to five; more than that and none will stick.",
            "Plan a student-friendly definition, an image and an example for each.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "For your next lesson, choose the three to five key words and preview them in the first ten minutes. Listen for students using them during partner talk and tally how often you hear them.",
        },
      ],
      reflectionPrompts: [
        "Which three to five words will you preview in your next lesson, and why those?",
      ],
      afterLessonPrompts: [
        "Which of the words you previewed did students use on their own by the end of the lesson?",
      ],
      demoPlan:
        "I chose the four words that appear in the standard and the essential question, and planned a picture and an example sentence for each.",
    },
    {
      title: "Teaching Vocabulary So It Sticks",
      summary:
        "Knowing a word means using it, not copying its definition. You will practise a routine of meaning, image, example and use, and a word wall that students work with every day.",
      estimatedMinutes: 12,
      indicatorCodes: ["1.4"],
      blocks: [
        {
          kind: "strategy_card",
          title: "Meaning, image, example, use",
          steps: [
            "Say the word; students repeat it.",
            "Give a student-friendly meaning in one sentence.",
            "Show an image or act it out.",
            "Give an example and a non-example.",
            "Students use the word in a sentence with a partner.",
          ],
        },
        {
          kind: "reading",
          markdown:
            "A working word wall is organized by unit and used during lessons: students point to it when they explain, and the teacher asks them to use a wall word in every summary. Words come down when the unit ends, so the wall stays small enough to use.",
        },
        {
          kind: "classroom_task",
          instructions:
            "Use the routine with the key words of one lesson and add them to a working word wall. During summarizing, ask each pair to use at least two wall words.",
        },
      ],
      reflectionPrompts: [
        "How did students' explanations change when they were asked to use the wall words?",
      ],
    },
    {
      title: "Chunking Instruction and Distributed Summarizing",
      summary:
        "Students hold only so much new information at once. This session shows how to break instruction into chunks of eight to twelve minutes and have students summarize after each one, so you can check understanding before moving on.",
      estimatedMinutes: 18,
      indicatorCodes: ["1.5"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Distributed summarizing means students stop and process what they learned **throughout** the lesson, not only at the end. After each chunk, every student does something with the new learning: tells a partner, writes a sentence, adds to an organizer. The teacher listens in and decides whether to reteach or move on.",
        },
        {
          kind: "strategy_card",
          title: "Quick summarizing prompts between chunks",
          steps: [
            "Turn and talk: 'Tell your partner the two most important things from this part.'",
            "Ticket to the next chunk: one sentence on a sticky note before moving on.",
            "Sum it up in 15 words or fewer.",
            "Thumbs check followed by one student explaining to the class.",
          ],
        },
        {
          kind: "reading",
          markdown:
            "**Look-fors:** no stretch of teacher talk longer than about twelve minutes; every student summarizes, not just volunteers; the teacher changes course based on what students say.",
        },
        {
          kind: "classroom_task",
          instructions:
            "Mark the chunks in tomorrow's lesson plan and write one summarizing prompt for each. Time your chunks while you teach and note where students needed more processing time.",
        },
      ],
      reflectionPrompts: [
        "Where did distributed summarizing show you a misunderstanding you could fix right away?",
        "How long were your chunks really, compared to your plan?",
      ],
    },
    {
      title: "Summarizing Strategies That Close the Lesson",
      summary:
        "The lesson ends with every student answering the essential question. You will try closing strategies that take five minutes and give you evidence of learning to plan the next day.",
      estimatedMinutes: 15,
      indicatorCodes: ["1.6", "1.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A summarizing strategy at the end of the lesson is both **learning** and **assessment**: students consolidate what they learned, and you find out who has it. It answers the essential question, it involves every student, and it is short.",
        },
        {
          kind: "strategy_card",
          title: "Closing strategies",
          steps: [
            "Ticket out the door: answer the essential question in two or three sentences.",
            "3-2-1: three things learned, two connections, one question.",
            "Summarizing frame: 'Today I learned that… because… This matters because…'",
            "Revisit the anticipation guide from the opening and change any answers.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Close three lessons this week with a summarizing strategy that answers the essential question. Sort the responses and plan the next day's opening from what you see.",
        },
      ],
      reflectionPrompts: ["What did the closing responses tell you to change in the next lesson?"],
    },
    {
      title: "Putting It Together: Planning a Complete Lesson",
      summary:
        "Bring every part of the frame into one lesson plan, from the unpacked standard to the closing summary. You will use the planning template, check it against the look-fors and bring it to your support meeting.",
      estimatedMinutes: 20,
      indicatorCodes: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Planning the whole lesson at once shows how the parts support each other: the vocabulary you preview in the activating strategy is the vocabulary students use in their summaries, and the closing strategy answers the essential question you posted at the start.",
        },
        {
          kind: "strategy_card",
          title: "Lesson planning checklist",
          steps: [
            "Standard and learning goal written; assessment decided.",
            "Essential question posted in student language.",
            "Activating strategy previews the vocabulary and connects to prior knowledge.",
            "Instruction chunked with a summarizing prompt after each chunk.",
            "Closing summarizer answers the essential question.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Plan one complete Learning-Focused lesson with the checklist, teach it, and bring the plan and three samples of student summaries to your next support meeting.",
        },
      ],
      reflectionPrompts: [
        "Which part of the frame is now a habit, and which still takes deliberate planning?",
        "What will you ask your team for feedback on?",
      ],
    },
  ],
};
