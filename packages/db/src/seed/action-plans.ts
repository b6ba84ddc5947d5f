/** Action-plan goals and classroom steps teachers write in each stage, two voices per stage. */
const plans: Record<number, { goal: string; steps: string[] }[]> = {
  1: [
    {
      goal: "Every lesson has an essential question my students can answer in writing by the end of class.",
      steps: [
        "Rewrite the essential questions for my next unit against the three criteria and post one every day.",
        "Close every lesson for two weeks with a ticket out the door that answers the essential question.",
        "Bring sorted exit tickets from three lessons to the team and plan the next lessons from them.",
      ],
    },
    {
      goal: "Break my instruction into short chunks with students summarizing after each one.",
      steps: [
        "Mark the chunks and write a summarizing prompt for each in my next five lesson plans.",
        "Time my chunks for a week and keep every one under twelve minutes.",
        "Ask my facilitator to watch one lesson and note which students summarized aloud.",
      ],
    },
  ],
  2: [
    {
      goal: "Raise the level of thinking in discussions with planned higher-order questions.",
      steps: [
        "Plan three higher-order questions into each lesson of the next unit.",
        "Use think-write-pair-share for every planned question for two weeks.",
        "Record one discussion and review with my team which questions produced the best thinking.",
      ],
    },
    {
      goal: "Use writing to learn in every lesson, ending units with a short argument.",
      steps: [
        "Add a three-minute quick write after the second chunk of every lesson for two weeks.",
        "Teach claim-evidence-reasoning with a model answer and a three-part rubric.",
        "Bring three scored responses to the team for a look at student work.",
      ],
    },
  ],
  3: [
    {
      goal: "Pre-teach the next unit to a small group so they take part in grade-level lessons.",
      steps: [
        "Give the prerequisite check for the next unit two weeks ahead and form a group.",
        "Pre-teach vocabulary and the essential question twice a week before the lessons.",
        "Run the weekly five-item check and regroup students with my team.",
      ],
    },
  ],
};

export function planFor(stagePosition: number, voice: number): { goal: string; steps: string[] } {
  const options = plans[stagePosition] ?? [];
  const plan = options[voice % Math.max(options.length, 1)];
  if (!plan) throw new Error(`No seed action plan for stage ${stagePosition}.`);
  return plan;
}
