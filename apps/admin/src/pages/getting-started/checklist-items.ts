import type { GettingStartedKey } from "@throughline/domain/getting-started";

export interface ChecklistLink {
  to: string;
  label: string;
}

export interface ChecklistCopy {
  title: string;
  /** One line on why the step matters. */
  why: string;
  links: ChecklistLink[];
}

/** What each Getting started item says and where it is done. */
export const checklistCopy: Record<GettingStartedKey, ChecklistCopy> = {
  schools_and_people: {
    title: "Add your schools and people",
    why: "Everything else hangs on your schools and the teachers, coaches and principals in them.",
    links: [
      { to: "/roster-import", label: "Import a roster" },
      { to: "/people/schools", label: "Add schools by hand" },
      { to: "/people/new", label: "Add a person" },
    ],
  },
  single_sign_on: {
    title: "Set up single sign-on",
    why: "Staff sign in with the Google, Microsoft, Clever or ClassLink account they already use.",
    links: [{ to: "/settings/sign-in", label: "Set up single sign-on" }],
  },
  framework_reviewed: {
    title: "Review the framework",
    why: "Teachers work through these stages, MicroPD sessions and indicators: make them yours.",
    links: [{ to: "/framework", label: "Open the framework" }],
  },
  calendar_reviewed: {
    title: "Check the time zone and school breaks",
    why: "Reminders and quiet hours follow your time zone, and nudges pause over school breaks.",
    links: [{ to: "/settings/reminders", label: "Check the reminders" }],
  },
  first_cohort: {
    title: "Start a first cohort with its workshop",
    why: "A cohort takes a school's teachers through a stage together, starting with a workshop.",
    links: [{ to: "/cohorts/new", label: "Start a cohort" }],
  },
  collaboration_time: {
    title: "Protect collaboration time",
    why: "Support meetings need protected time that every member of a team can attend.",
    links: [{ to: "/collaboration", label: "Schedule collaboration time" }],
  },
};
