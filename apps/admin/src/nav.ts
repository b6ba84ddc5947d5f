import type { Viewer } from "@throughline/app-kit/app-layout";
import type { NavItem } from "@throughline/ui/app-shell";

/** Sections later releases fill are shown as "Coming soon", never with made-up content. */
const allSections: readonly NavItem[] = [
  { label: "Overview", to: "/", end: true },
  { label: "Getting started", to: "/getting-started" },
  { label: "Implementation", to: "/implementation" },
  { label: "PD impact", to: "/impact" },
  { label: "Team goals", to: "/team-goals" },
  { label: "People", to: "/people" },
  { label: "Framework", to: "/framework" },
  { label: "Shared library", to: "/library" },
  { label: "Catalogue events", to: "/catalogue/events" },
  { label: "Cohorts", to: "/cohorts" },
  { label: "Micro-credentials", to: "/credentials" },
  { label: "External PD", to: "/external-pd" },
  { label: "Reviewers", to: "/reviewers" },
  { label: "Partner districts", to: "/partnerships" },
  { label: "Collaboration time", to: "/collaboration" },
  { label: "Walkthroughs", to: "/walkthroughs" },
  { label: "Observations", to: "/observations" },
  { label: "Coaching", to: "/coaching" },
  { label: "Mentoring", to: "/mentoring" },
  { label: "Ratings import", to: "/ratings-import" },
  { label: "Roster import", to: "/roster-import" },
  { label: "Observation scale", to: "/observation-scale" },
  { label: "Reminders", to: "/settings/reminders" },
  { label: "Sign-in", to: "/settings/sign-in" },
  { label: "Classroom video", to: "/settings/video" },
  { label: "Sent mail", to: "/sent-mail" },
  { label: "Audit log", to: "/audit-log" },
];

/**
 * Importing ratings and setting the scale are district tasks: principals do not see them. Who
 * administers the district is the API's decision (`viewer.me`), made by its access rules.
 */
export function nav(viewer: Viewer | undefined): readonly NavItem[] {
  if (viewer?.administers.district) return allSections;
  const districtOnly = new Set([
    "Getting started",
    "Ratings import",
    "Roster import",
    "Observation scale",
    "Reminders",
    "Sign-in",
    "Classroom video",
    "Sent mail",
    "Reviewers",
    "Partner districts",
    "Shared library",
    "Coaching",
    "Catalogue events",
  ]);
  return allSections.filter((item) => !districtOnly.has(item.label));
}
