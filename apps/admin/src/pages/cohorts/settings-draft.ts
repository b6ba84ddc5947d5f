import type { ReleaseMode } from "@throughline/domain/enums";
import type { CohortDetail } from "./types.ts";

/** The coach, pace and workshop as the form holds them: text, as the inputs give it. */
export interface SettingsDraft {
  /** "" for no coach yet. */
  coachId: string;
  releaseMode: ReleaseMode;
  /** "2026-09-07", as `<input type="date">` gives it. */
  firstReleaseOn: string;
  daysBetweenSessions: string;
  /** "2026-09-01T15:30", in the browser's time zone, as `<input type="datetime-local">` gives it. */
  workshopStartsAt: string;
  workshopMinutes: string;
  workshopLocation: string;
  workshopVideoUrl: string;
  workshopDescription: string;
}

export const emptySettings: SettingsDraft = {
  coachId: "",
  releaseMode: "self_paced",
  firstReleaseOn: "",
  daysBetweenSessions: "14",
  workshopStartsAt: "",
  workshopMinutes: "180",
  workshopLocation: "",
  workshopVideoUrl: "",
  workshopDescription: "",
};

/** Blank is not zero: the server says the number is missing instead of accepting 0. */
function numberOrNaN(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

/** The draft as the API takes it; the dated fields only count for a dated cohort. */
export function settingsInput(draft: SettingsDraft) {
  const dated = draft.releaseMode === "dated";
  return {
    coachId: draft.coachId === "" ? null : draft.coachId,
    releaseMode: draft.releaseMode,
    firstReleaseOn: dated && draft.firstReleaseOn !== "" ? draft.firstReleaseOn : null,
    daysBetweenSessions:
      dated && draft.daysBetweenSessions.trim() !== ""
        ? numberOrNaN(draft.daysBetweenSessions)
        : null,
    workshop: {
      // A local date and time without a zone is read in the browser's zone.
      startsAt: draft.workshopStartsAt === "" ? null : new Date(draft.workshopStartsAt),
      minutes: numberOrNaN(draft.workshopMinutes),
      location: draft.workshopLocation,
      videoUrl: draft.workshopVideoUrl,
      description: draft.workshopDescription,
    },
  };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function localDateTime(at: Date): string {
  return `${localDay(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A saved cohort as a draft to edit; a dated cohort's spacing is read from its first two dates. */
export function draftFromCohort(cohort: CohortDetail): SettingsDraft {
  const [first, second] = cohort.releases;
  const spacing =
    first && second
      ? Math.round((second.releasesAt.getTime() - first.releasesAt.getTime()) / 86_400_000)
      : 14;
  return {
    coachId: cohort.coach?.id ?? "",
    releaseMode: cohort.releaseMode,
    firstReleaseOn: first ? localDay(first.releasesAt) : "",
    daysBetweenSessions: String(spacing),
    workshopStartsAt: cohort.workshop.startsAt ? localDateTime(cohort.workshop.startsAt) : "",
    workshopMinutes: String(cohort.workshop.minutes),
    workshopLocation: cohort.workshop.location ?? "",
    workshopVideoUrl: cohort.workshop.videoUrl ?? "",
    workshopDescription: cohort.workshop.description ?? "",
  };
}
