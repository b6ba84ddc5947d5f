import type { NavItem } from "@throughline/ui/app-shell";

/** Sections later releases fill are shown as "Coming soon", never with made-up content. */
export const nav: readonly NavItem[] = [
  { label: "Caseload", to: "/", end: true },
  { label: "Cohorts", to: "/cohorts" },
  { label: "Meetings", to: "/meetings" },
  { label: "Observations", to: "/observations" },
  { label: "Video", to: "/videos" },
  { label: "Coaching log", to: "/coaching-log" },
  { label: "Reviews", to: "/reviews" },
  { label: "Calendar", to: "/calendar" },
];
