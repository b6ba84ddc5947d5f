import { type Decision, districtAdmins, schoolAdmins, signedIn } from "./access-matrix.ts";

/*
 * Mentoring's decisions. The demo's one mentoring is at the demo teacher's school: Kevin (the
 * `leader`) mentors a teacher there, so he alone gets past the mentor's gates, and only there
 * (no assignment elsewhere). Anyone may be a mentor or a mentee, so the lists are for everyone
 * signed in and answer each their own.
 */
export const mentoringDecisions: Record<string, Decision> = {
  "mentoring.addChecklistItem": districtAdmins,
  "mentoring.assign": schoolAdmins,
  "mentoring.checklist": districtAdmins,
  // Aimed at an item of the place's district: another district's item is not found.
  "mentoring.editChecklistItem": { districtAdmin: "os" },
  "mentoring.moveChecklistItem": { districtAdmin: "os" },
  "mentoring.retireChecklistItem": { districtAdmin: "os" },
  // The other school has no mentoring to end.
  "mentoring.end": { principal: "o", districtAdmin: "o" },
  "mentoring.editConversation": { leader: "o" },
  "mentoring.logConversation": { leader: "o" },
  "mentoring.mentee": { leader: "o" },
  "mentoring.mine": signedIn,
  "mentoring.myMentees": signedIn,
  "mentoring.school": schoolAdmins,
  "mentoring.tick": { leader: "o" },
};
