import type { ReleaseMode } from "@throughline/domain/enums";
import { districtClock, districtDay, districtMoment } from "@throughline/ui/format";
import type { CohortDetail } from "./types.ts";

/** The coach, pace and workshop as the form holds them: text, as the inputs give it. */
export interface SettingsDraft {
  /** "" for no coach yet. */
  coachId: string;
  releaseMode: ReleaseMode;
  /** "2026-09-07", as `<input type="date">` gives it. */
  firstReleaseOn: string;
  daysBetweenSessions: string;
  /** "2026-09-01T15:30", on the district's clock, as `<input type="datetime-local">` gives it. */
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
      startsAt: draft.workshopStartsAt === "" ? null : fromLocalDateTime(draft.workshopStartsAt),
      minutes: numberOrNaN(draft.workshopMinutes),
      location: draft.workshopLocation,
      videoUrl: draft.workshopVideoUrl,
      description: draft.workshopDescription,
    },
  };
}

// The fields show and mean the district's calendar and clock, wherever the device is.
function localDay(at: Date): string {
  return districtDay(at);
}

function localDateTime(at: Date): string {
  return `${districtDay(at)}T${districtClock(at)}`;
}

/** "2026-09-01T15:30" on the district's clock as an instant (an invalid date when unreadable). */
function fromLocalDateTime(value: string): Date {
  const [date = "", time = ""] = value.split("T");
  return districtMoment(date, time) ?? new Date(Number.NaN);
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
