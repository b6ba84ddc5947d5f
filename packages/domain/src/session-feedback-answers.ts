/*
 * The pulse's questions and answers as the apps draw them, apart from the schemas in
 * session-feedback.ts: a page that shows the pulse or its totals does not download and run zod.
 */

/** What a pulse is about: a MicroPD session, a cohort's workshop, or a team's support meeting. */
export const feedbackItemKinds = ["micropd_session", "workshop", "support_meeting"] as const;

/** "Will you use it in class this week?" */
export const willUseAnswers = ["yes", "not_yet", "no"] as const;

/** "Was it useful?" on a four-point scale, no middle: 1 not useful … 4 very useful. */
export const usefulnessLevels = [1, 2, 3, 4] as const;
export type Usefulness = (typeof usefulnessLevels)[number];

export const usefulnessLabels: Record<Usefulness, string> = {
  1: "Not useful",
  2: "A little",
  3: "Useful",
  4: "Very useful",
};

export const willUseLabels: Record<(typeof willUseAnswers)[number], string> = {
  yes: "Yes",
  not_yet: "Not yet",
  no: "No",
};

export const maxFeedbackCommentLength = 1000;
