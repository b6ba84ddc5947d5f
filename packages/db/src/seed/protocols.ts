import type { ProtocolStepInput } from "@throughline/domain/protocol";

/** A protocol every district starts with; districts add their own through the API. */
export interface DefaultProtocol {
  name: string;
  purpose: string;
  steps: ProtocolStepInput[];
}

/*
 * Meeting structures drawn from common PLC practice. Steps are short and timed so a 45-minute
 * support meeting can hold one protocol with time for check-in and commitments.
 */
export const defaultProtocols: DefaultProtocol[] = [
  {
    name: "Action-plan check-in",
    purpose:
      "Hold each other accountable: everyone reports on the steps they committed to, the team helps whoever is stuck, and each person leaves with a next step.",
    steps: [
      {
        title: "Round of commitments",
        purpose: "Each member says where their committed steps stand: done, in progress or stuck.",
        minutes: 10,
        prompts: [
          "What did you commit to last time, and what happened?",
          "What evidence from your classroom can you show?",
        ],
      },
      {
        title: "Help for the stuck",
        purpose: "The team gives concrete ideas to anyone whose step is stuck.",
        minutes: 15,
        prompts: [
          "What got in the way?",
          "What is one thing you could try this week?",
          "Who on the team has tried something similar?",
        ],
      },
      {
        title: "Next commitments",
        purpose: "Everyone names who will do what by when.",
        minutes: 10,
        prompts: ["What will you try before we meet again, and by which day?"],
      },
    ],
  },
  {
    name: "Looking at student work",
    purpose:
      "Look closely at a sample of student work to see what students understand, and decide together what to teach next.",
    steps: [
      {
        title: "Presenting the work",
        purpose: "The presenting teacher shares the task, the samples and a focusing question.",
        minutes: 5,
        prompts: ["What was the task, and what did you hope students would show?"],
      },
      {
        title: "Describing the work",
        purpose: "The team says only what it sees, without judging.",
        minutes: 10,
        prompts: ["What do you notice?", "What do students seem to be working on?"],
      },
      {
        title: "Interpreting the work",
        purpose: "The team offers what the work suggests about students' thinking.",
        minutes: 10,
        prompts: ["What does this tell us about what students understand?"],
      },
      {
        title: "Implications for teaching",
        purpose: "Together, name what to teach or try next.",
        minutes: 10,
        prompts: ["What would you try next with these students?"],
      },
      {
        title: "Presenter's reflection",
        purpose: "The presenting teacher says what they take away.",
        minutes: 5,
        prompts: ["What will you do differently tomorrow?"],
      },
    ],
  },
  {
    name: "Collaborative lesson planning",
    purpose:
      "Plan an upcoming lesson together around a strategy from the current stage, so everyone leaves with something to teach.",
    steps: [
      {
        title: "Learning goal",
        purpose: "Agree on what students should know and be able to do by the end of the lesson.",
        minutes: 5,
        prompts: ["What should students be able to do at the end?"],
      },
      {
        title: "Plan the strategy",
        purpose: "Sketch how the stage's strategy will look in this lesson, minute by minute.",
        minutes: 20,
        prompts: [
          "Where in the lesson does the strategy go?",
          "What will the teacher say and do? What will students do?",
        ],
      },
      {
        title: "Check for understanding",
        purpose: "Decide how you will know the lesson worked.",
        minutes: 10,
        prompts: ["What will you collect or listen for?"],
      },
      {
        title: "Who teaches it when",
        purpose: "Each member commits to teaching the lesson and bringing back evidence.",
        minutes: 5,
        prompts: ["When will you teach it, and what will you bring back?"],
      },
    ],
  },
  {
    name: "Reflection round",
    purpose:
      "A quiet structure for reflecting on classroom practice: each person speaks in turn, without interruption.",
    steps: [
      {
        title: "Quiet writing",
        purpose: "Everyone writes about one moment from their teaching since the last meeting.",
        minutes: 5,
        prompts: ["What moment from your classroom is worth talking about?"],
      },
      {
        title: "Go-round",
        purpose: "Each person shares in turn; the others listen without responding.",
        minutes: 20,
        prompts: ["What happened, and what did you learn from it?"],
      },
      {
        title: "Common threads",
        purpose: "The team names patterns across what was shared.",
        minutes: 10,
        prompts: ["What did we hear more than once?", "What does it mean for our practice?"],
      },
    ],
  },
  {
    name: "Tuning protocol",
    purpose:
      "Give a colleague warm and cool feedback on a lesson, unit or assessment they are designing, to sharpen it before it is taught.",
    steps: [
      {
        title: "Presentation",
        purpose: "The presenter shares the work and a focusing question.",
        minutes: 10,
        prompts: ["What are you trying to achieve, and where do you want feedback?"],
      },
      {
        title: "Clarifying questions",
        purpose: "Brief, factual questions with short answers.",
        minutes: 5,
        prompts: ["What do you need to know to give useful feedback?"],
      },
      {
        title: "Warm and cool feedback",
        purpose:
          "The team gives warm feedback (what works) and cool feedback (what could be stronger) while the presenter listens.",
        minutes: 15,
        prompts: ["What is strong here?", "Where might students struggle?"],
      },
      {
        title: "Presenter's response",
        purpose: "The presenter reflects aloud on what they heard.",
        minutes: 5,
        prompts: ["What will you change?"],
      },
      {
        title: "Debrief",
        purpose: "The team reflects on how the protocol went.",
        minutes: 5,
        prompts: ["How did the conversation go for everyone?"],
      },
    ],
  },
];
