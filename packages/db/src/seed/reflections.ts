/**
 * Teachers' reflections on completed MicroPD sessions, by stage position and session position.
 * Two voices per session so neighbours in a cohort do not read the same text.
 */
const byStage: Record<number, string[][]> = {
  1: [
    [
      "My lessons already had a strong opening, but the closing was usually whatever time was left. I added a ticket out the door and it was the first time all week I knew who had it.",
      "I realised I plan activities first. Marking the frame on my science lesson showed me there was no essential question at all.",
    ],
    [
      "Writing the assessment item first made me cut two activities I love that did not serve the standard. The lesson was shorter and the exit tickets were better.",
      "Unpacking the fractions standard showed me the verb is 'explain', not 'compute'. My tasks only asked students to compute.",
    ],
    [
      "My first essential question could be answered with a definition. The rewritten one ('How does the setting shape what the character decides?') got real answers from most of the class.",
      "Students could answer the question at the end, but only in my words. Next time I will rewrite it with them.",
    ],
    [
      "Coming back to the question after each chunk took less than a minute each time, and students started telling me which part they could answer before I asked.",
      "The middle touch point was the one I kept forgetting. I put a sticky note on my slides and it helped.",
    ],
    [
      "I tried the anticipation guide for our unit on weather. Students argued about two of the statements and were still arguing at lunch.",
      "The picture prompt worked better for my English learners than the brainstorm I used to do. Everyone had something to say.",
    ],
    [
      "I used to preview twelve words. Cutting to four meant students actually used them in their summaries.",
      "Choosing words from the essential question made it obvious which ones mattered. 'Habitat' and 'adaptation' came up all lesson.",
    ],
    [
      "The non-examples were the part that made it click, especially for 'perimeter' versus 'area'.",
      "Our word wall used to be decoration. Asking pairs to use two wall words in every summary changed that within a week.",
    ],
    [
      "My first chunk was 22 minutes when I timed it. Splitting it in two with a turn-and-talk showed me half the class had confused the two steps.",
      "Distributed summarizing felt slow at first, but I reteach less now because I catch the confusion earlier.",
    ],
    [
      "The 3-2-1 closing gave me better questions from students than I get from 'any questions?'.",
      "I sorted the exit tickets into three piles and started the next lesson with the 'almost' pile. It saved me a day of reteaching.",
    ],
    [
      "Planning the whole lesson with the checklist took longer the first time, but the second plan took half as long.",
      "I brought the plan to my team and Kevin suggested a better activating strategy. The lesson was stronger for it.",
    ],
  ],
  2: [
    [
      "I raised 'list the causes' to 'which cause mattered most and why'. The answers were messier but there was real thinking in them.",
      "Rigor for my second graders meant asking why, not giving more problems. That reframe helped me.",
    ],
    [
      "I wrote three higher-order questions and put them after the chunks. Two worked; the third came too early, before students had the facts.",
      "The compare stems were the most useful. My students are good at describing and weak at comparing.",
    ],
    [
      "Five seconds of silence felt like forever. But the answers after the wait were twice as long.",
      "Calling on pairs at random instead of volunteers meant I heard from students who never raise their hands.",
    ],
    [
      "I swapped a worksheet for a cause-and-effect map in our Dust Bowl unit, and the written answers were organized the same way as the map.",
      "I had been using Venn diagrams for everything. Matching the organizer to the thinking made me rethink half my handouts.",
    ],
    [
      "The conclusion sentence was the hardest part. Most students stopped at the matrix until I modeled one.",
      "Setting criteria in advance stopped the 'both are animals' answers immediately.",
    ],
    [
      "Previewing the textbook section took five minutes and saved ten minutes of confused questions during reading.",
      "Students noticed the captions for the first time. One said the chart explained it better than the paragraph.",
    ],
    [
      "Limiting them to three marks was the key. Before, they highlighted whole pages.",
      "The question marks told me exactly which paragraph to reteach. I would never have guessed it.",
    ],
    [
      "Quick writes in math felt strange at first. 'Explain it to a younger student' produced the clearest explanations I have seen this year.",
      "I read thirty quick writes in ten minutes by sorting them, not grading them. It is sustainable.",
    ],
    [
      "The claim-evidence-reasoning frame helped, but reasoning was weak across the board. That is my next focus.",
      "Marking the parts of the model answer before writing made a big difference for my struggling writers.",
    ],
    [
      "I revised my ecosystems lesson and compared the work with last year's. The difference was in the reasoning, not the facts.",
      "Adding a reading purpose was the smallest change and had the biggest effect.",
    ],
  ],
  3: [
    [
      "Most of what my intervention group gets is review of last year. I am moving one block to pre-teaching.",
      "I had not thought of support as looking forward. It changes what I plan for my small groups.",
    ],
    [
      "The prerequisite check showed that half the group needed place value, not the multiplication facts I assumed.",
      "Three prerequisites were enough. I used to try to fix everything at once.",
    ],
  ],
};

export function reflectionFor(
  stagePosition: number,
  sessionPosition: number,
  voice: number,
): string {
  const variants = byStage[stagePosition]?.[sessionPosition - 1];
  const text = variants?.[voice % variants.length];
  return (
    text ??
    "I tried the strategy in my classroom this week. Students responded well, and I want to use it again with the next unit."
  );
}
