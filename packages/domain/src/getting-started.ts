/*
 * A new district's "Getting started" checklist. Each item ticks itself from what the district
 * has really done; nobody ticks a box by hand except "the framework is reviewed", which is a
 * decision only a person can record.
 */

const gettingStartedKeys = [
  "schools_and_people",
  "single_sign_on",
  "framework_reviewed",
  "calendar_reviewed",
  "first_cohort",
  "collaboration_time",
] as const;
export type GettingStartedKey = (typeof gettingStartedKeys)[number];

/** What the database knows about the district, counted once. */
export interface GettingStartedFacts {
  schools: number;
  /** Active people who are not district admins (teachers, coaches, principals). */
  peopleBesidesAdmins: number;
  ssoProviders: number;
  frameworkReviewedAt: Date | null;
  calendarReviewedAt: Date | null;
  /** Cohorts with their introductory workshop scheduled. */
  cohortsWithWorkshop: number;
  collaborationBlocks: number;
}

interface GettingStartedItem {
  key: GettingStartedKey;
  done: boolean;
}

export interface GettingStarted {
  items: GettingStartedItem[];
  doneCount: number;
  total: number;
}

const isDone: Record<GettingStartedKey, (facts: GettingStartedFacts) => boolean> = {
  schools_and_people: (f) => f.schools > 0 && f.peopleBesidesAdmins > 0,
  single_sign_on: (f) => f.ssoProviders > 0,
  framework_reviewed: (f) => f.frameworkReviewedAt !== null,
  calendar_reviewed: (f) => f.calendarReviewedAt !== null,
  first_cohort: (f) => f.cohortsWithWorkshop > 0,
  collaboration_time: (f) => f.collaborationBlocks > 0,
};

/** The checklist in the order a district usually works through it. */
export function gettingStartedFrom(facts: GettingStartedFacts): GettingStarted {
  const items = gettingStartedKeys.map((key) => ({ key, done: isDone[key](facts) }));
  return {
    items,
    doneCount: items.filter((item) => item.done).length,
    total: items.length,
  };
}
