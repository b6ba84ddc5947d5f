import type { StageContent } from "./types.ts";

export const stage2: StageContent = {
  title:
    "Increasing the Rigor of Learning-Focused Lessons: Higher Order Thinking, Reading and Writing",
  summary:
    "Raise the level of thinking in lessons that already follow the frame: higher-order questions, graphic organizers for thinking, reading strategies in every subject and writing to learn.",
  meetingsRequired: 3,
  requiresConfirmation: true,
  sessions: [
    {
      title: "What Rigor Looks Like in a Lesson",
      summary:
        "Rigor is about the thinking students do, not the amount of work they get. This session contrasts low- and high-rigor versions of the same task and names what changed.",
      estimatedMinutes: 12,
      indicatorCodes: ["2.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A rigorous task asks students to **use** knowledge: to analyze, compare, justify, or create. Two tasks on the same content can differ greatly: 'List the causes of the Civil War' versus 'Which cause of the Civil War was hardest to compromise on, and why?' The second asks for the same facts and more thinking.",
        },
        {
          kind: "strategy_card",
          title: "Raising a task one level",
          steps: [
            "Write down the task as it is now.",
            "Name the verb: recall, explain, apply, analyze, evaluate or create?",
            "Rewrite it one level higher while keeping the same content.",
            "Plan the support students will need to succeed at the new level.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Choose one task from next week's lessons and raise it one level with the steps above. Compare the student work with the work from the original version of the task.",
        },
      ],
      reflectionPrompts: [
        "What did students do differently when the task asked for more thinking?",
      ],
    },
    {
      title: "Planning Higher-Order Questions",
      summary:
        "Higher-order questions rarely happen by chance; they are planned. You will write a sequence of questions that moves from recall to analysis and evaluation for one lesson.",
      estimatedMinutes: 15,
      indicatorCodes: ["2.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Most questions asked in classrooms are recall questions, asked and answered in seconds. Planning two or three higher-order questions in advance, and placing them after the chunks where students have the knowledge to answer them, changes the level of the whole discussion.",
        },
        {
          kind: "strategy_card",
          title: "Question stems for higher-order thinking",
          steps: [
            "Analyze: What is the relationship between…? What evidence supports…?",
            "Compare: How are … and … alike and different in an important way?",
            "Evaluate: Which is the best…, and what makes it best?",
            "Create: How could we change … so that …?",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Write three higher-order questions into your next lesson plan, each after the chunk that prepares students for it. Keep a tally of how many students answered each one.",
        },
      ],
      reflectionPrompts: [
        "Which of your planned questions produced the best thinking, and why do you think it worked?",
      ],
    },
    {
      title: "Think Time and Structures for Every Student",
      summary:
        "A higher-order question needs time to think and a way for every student to answer. This session covers wait time, think-pair-share and numbered heads so that the thinking is not done by the same five students.",
      estimatedMinutes: 12,
      indicatorCodes: ["2.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Waiting three to five seconds after a question, and again after an answer, increases the length and quality of student answers. Structures such as think-pair-share make sure every student has formed an answer before anyone is called on.",
        },
        {
          kind: "strategy_card",
          title: "Think-write-pair-share",
          steps: [
            "Ask the question and wait in silence for at least five seconds.",
            "Students write a first answer in one or two sentences.",
            "Partners compare and improve their answers.",
            "Call on pairs at random, not volunteers.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Use think-write-pair-share for every higher-order question in one lesson. Note which students answered who rarely speak in whole-class discussion.",
        },
      ],
      reflectionPrompts: ["Whose thinking did you hear this week that you usually do not?"],
    },
    {
      title: "Graphic Organizers That Make Thinking Visible",
      summary:
        "A graphic organizer should match the thinking the task asks for. You will match organizers to thinking processes and see how they help students plan answers and writing.",
      estimatedMinutes: 15,
      indicatorCodes: ["2.2"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Organizers are tools for thinking, not worksheets. A comparison matrix supports comparing; a flow chart supports sequencing; a cause-and-effect map supports explaining why. When the organizer matches the thinking, students use it to reason and later to write.",
        },
        {
          kind: "strategy_card",
          title: "Matching organizer to thinking",
          steps: [
            "Comparing and contrasting: comparison matrix or Venn diagram.",
            "Sequencing a process: flow chart or cycle diagram.",
            "Explaining causes and effects: cause-and-effect map.",
            "Supporting a claim: claim-evidence-reasoning chart.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Pick the organizer that matches the thinking in an upcoming task, model how to fill it in with a think-aloud, and have students use it to plan a written answer.",
        },
      ],
      reflectionPrompts: [
        "How did the organizer show up in students' written answers?",
        "Where did students need more modeling to use it well?",
      ],
    },
    {
      title: "Comparing and Contrasting with a Purpose",
      summary:
        "Comparison is one of the most powerful thinking strategies when students compare on criteria that matter. You will plan a comparison that leads to a conclusion, not only a list of likenesses and differences.",
      estimatedMinutes: 15,
      indicatorCodes: ["2.2", "2.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Students often stop at 'both are animals'. A purposeful comparison sets the **criteria** in advance (the important attributes) and ends with a **conclusion**: what the comparison tells us. That final step is where the higher-order thinking happens.",
        },
        {
          kind: "strategy_card",
          title: "Comparison with a conclusion",
          steps: [
            "Name the two items and why comparing them matters.",
            "Give or build with students three or four criteria.",
            "Students fill a comparison matrix with evidence for each criterion.",
            "Students write a conclusion: 'The most important difference is… because…'",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Plan and teach a comparison using a matrix and a written conclusion. Bring two conclusions (one strong, one weaker) to your team to discuss what made the difference.",
        },
      ],
      reflectionPrompts: ["What separated the strong conclusions from the weaker ones?"],
    },
    {
      title: "Reading in the Content Area: Previewing Text",
      summary:
        "Textbooks and articles in science, history and math are read differently from stories. This session shows how to teach students to preview a text's structure before reading so they know what to look for.",
      estimatedMinutes: 15,
      indicatorCodes: ["2.4"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Struggling readers often start at the first word and read straight through. Strong readers preview: they look at headings, bold words, images and captions, and questions at the end, and they form a purpose for reading. This can be taught in every subject in a few minutes.",
        },
        {
          kind: "strategy_card",
          title: "Text preview in five minutes",
          steps: [
            "Read the title and headings; predict what the text will explain.",
            "Find the bold words; which do you already know?",
            "Look at images, captions, charts; what do they show?",
            "Read the questions at the end; what will you need to find?",
            "Write one purpose for reading.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Model the text preview with the next text your students read in your subject, then have pairs preview the following section on their own.",
        },
      ],
      reflectionPrompts: [
        "How did previewing change students' questions during and after reading?",
      ],
    },
    {
      title: "Annotating and Reading with a Purpose",
      summary:
        "Annotation turns reading into thinking on paper. You will teach a small set of annotation marks tied to a reading purpose and use the annotations in discussion and writing.",
      estimatedMinutes: 18,
      indicatorCodes: ["2.4", "2.3"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Annotation works when it is **purposeful and limited**. Highlighting everything is the same as highlighting nothing. Give students a purpose ('find evidence that the policy helped farmers') and two or three marks, and the annotations become the raw material for discussion and writing.",
        },
        {
          kind: "strategy_card",
          title: "Three marks for content reading",
          steps: [
            "Underline evidence that answers the reading purpose.",
            "Write '?' next to anything confusing.",
            "Write '!' next to something surprising or important, with a word or two why.",
          ],
        },
        {
          kind: "reading",
          markdown:
            "After reading, students use their marks: partners compare underlined evidence, the class resolves the '?' marks together, and the '!' notes start the discussion.",
        },
        {
          kind: "classroom_task",
          instructions:
            "Assign a purposeful annotation task with the three marks. Collect the texts and look at how many students underlined evidence that actually answers the purpose.",
        },
      ],
      reflectionPrompts: [
        "What did the annotations reveal about how your students read?",
        "How did you use the '?' marks in the lesson?",
      ],
    },
    {
      title: "Writing to Learn: Quick Writes in Every Subject",
      summary:
        "Short, frequent writing helps students think through content. This session introduces quick writes that take three to five minutes and fit into any lesson, with no grading burden.",
      estimatedMinutes: 12,
      indicatorCodes: ["2.3"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Writing to learn is different from learning to write. The purpose is thinking, not a polished product. A quick write after a chunk of instruction makes every student put the idea into their own words, and it shows the teacher who understood.",
        },
        {
          kind: "strategy_card",
          title: "Quick write prompts",
          steps: [
            "Explain it to a younger student in three sentences.",
            "What is the most important idea so far, and why?",
            "Write one thing that surprised you and one question you still have.",
            "Predict what will happen next, and give a reason.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Add a three-minute quick write to a lesson in each of the next two weeks. Read them quickly and sort them into three piles to plan the next day.",
        },
      ],
      reflectionPrompts: ["What did the quick writes tell you that hand-raising would not have?"],
    },
    {
      title: "Extended Writing: Summaries and Short Arguments",
      summary:
        "Once quick writes are routine, students can write longer pieces that summarize and argue about content. You will plan a short constructed response with a frame, a model and a simple rubric.",
      estimatedMinutes: 18,
      indicatorCodes: ["2.3", "2.1"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "A short argument, a claim with evidence and reasoning, is within reach of students in every grade when they have a frame and a model. Writing it after a comparison or a purposeful reading brings together the higher-order thinking of this stage.",
        },
        {
          kind: "strategy_card",
          title: "Claim, evidence, reasoning",
          steps: [
            "Claim: answer the question in one sentence.",
            "Evidence: two facts from the text, data or the lesson.",
            "Reasoning: explain how the evidence supports the claim.",
            "Share a model answer and have students mark its three parts before writing.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Assign a claim-evidence-reasoning response at the end of a unit. Score it with a three-part rubric and bring three samples to your team for a look at student work.",
        },
      ],
      reflectionPrompts: [
        "Which part of claim-evidence-reasoning was hardest for your students, and what will you teach next?",
      ],
    },
    {
      title: "Raising the Rigor of an Existing Lesson",
      summary:
        "Take a lesson you already teach well and raise its rigor using the strategies of this stage. You will plan one higher-order question, one organizer, one reading strategy and one writing task into it.",
      estimatedMinutes: 20,
      indicatorCodes: ["2.1", "2.2", "2.3", "2.4"],
      blocks: [
        {
          kind: "reading",
          markdown:
            "Rigor is added to a good lesson, not bolted on. Keep the frame from Stage 1 and ask, at each chunk: where could students think harder, read more closely or write to learn?",
        },
        {
          kind: "strategy_card",
          title: "Rigor review of one lesson",
          steps: [
            "Mark every question; raise at least one to analysis or evaluation.",
            "Replace one worksheet with an organizer that matches the thinking.",
            "Add a reading purpose and annotation to the text students read.",
            "End with a quick write or a short claim-evidence-reasoning response.",
          ],
        },
        {
          kind: "classroom_task",
          instructions:
            "Revise and teach the lesson, then compare student work from this year with work from the last time you taught it. Bring both to your support meeting.",
        },
      ],
      reflectionPrompts: [
        "What is the clearest difference between this year's student work and last year's?",
        "Which strategy from this stage will you keep using every week?",
      ],
    },
  ],
};
