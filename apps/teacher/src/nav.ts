import type { NavItem } from "@throughline/ui/app-shell";

/** Sections later releases fill are shown as "Coming soon", never with made-up content. */
export const nav: readonly NavItem[] = [
  { label: "Home", to: "/", end: true },
  { label: "My path", to: "/path", alsoActiveUnder: ["/stages", "/sessions"] },
  { label: "Catalogue", to: "/catalogue" },
  { label: "Action plan", to: "/action-plan" },
  { label: "Meetings", to: "/meetings" },
  { label: "My team", to: "/team" },
  { label: "Observations", to: "/observations" },
  { label: "Mentoring", to: "/mentoring" },
  { label: "Video", to: "/videos" },
  { label: "Micro-credentials", to: "/credentials", alsoActiveUnder: ["/badges"] },
  { label: "PD hours", to: "/pd-hours", alsoActiveUnder: ["/pd-credit"] },
];
