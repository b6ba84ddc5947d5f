import { useQuery } from "@tanstack/react-query";
import type { Viewer } from "@throughline/app-kit/app-layout";
import { trpc } from "@throughline/app-kit/client";
import type { NavItem } from "@throughline/ui/app-shell";

/** Sections later releases fill are shown as "Coming soon", never with made-up content. */
const sections: readonly NavItem[] = [
  { label: "Caseload", to: "/", end: true },
  { label: "Cohorts", to: "/cohorts" },
  { label: "Meetings", to: "/meetings" },
  { label: "Observations", to: "/observations" },
  { label: "Video", to: "/videos" },
  { label: "Coaching log", to: "/coaching-log" },
  { label: "Reviews", to: "/reviews" },
  { label: "Calendar", to: "/calendar" },
];

const mentoring: NavItem = { label: "Mentoring", to: "/mentoring" };
const reviewSections: readonly NavItem[] = [{ label: "Reviews", to: "/reviews" }];

/**
 * The coach app's sections, with "Mentoring" for a coach who mentors a new teacher now. The
 * layout calls this while it renders, so it may ask the API (a hook, hence the name); the
 * answer is the mentor's own list, which the mentoring pages refresh as it changes.
 */
export function useCoachNav(viewer: Viewer | undefined): readonly NavItem[] {
  const coach = viewer?.access.coach;
  // A partner district's reviewer opens this app for its review pages only (`viewer.me`).
  const reviewsOnly = coach?.allowed === true && coach.reviewsOnly === true;
  const mentees = useQuery({
    ...trpc.mentoring.myMentees.queryOptions(),
    enabled: viewer !== undefined && !reviewsOnly,
  });
  if (reviewsOnly) return reviewSections;
  return (mentees.data?.length ?? 0) > 0 ? [...sections, mentoring] : sections;
}
