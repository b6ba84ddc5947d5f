import type {
  CatalogueItem,
  CatalogueSearchInput,
  GradeBand,
  RegistrationStatus,
  Subject,
} from "./catalogue.ts";

/*
 * The catalogue's decisions, with no I/O: what a search matches, whether a registration gets a
 * seat or a waitlist place, who is promoted when a seat frees up, and who may take an elective.
 */

/** The fields of an item a search reads. */
interface Searchable {
  kind: CatalogueItem["kind"];
  title: string;
  summary: string;
  minutes: number;
  indicators: readonly { id: string; code: string; title: string }[];
  gradeBands: readonly GradeBand[];
  subjects: readonly Subject[];
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
}

/**
 * Whether an item matches every filter given: the text in its title, summary or an indicator's
 * code or title (accents and case ignored, every word somewhere); the indicator, grade band and
 * subject among its own; no longer than the length asked; of the kind asked. An item tagged with
 * no grade band (or subject) suits every one.
 */
export function matchesCatalogueSearch(item: Searchable, search: CatalogueSearchInput): boolean {
  if (search.kind && search.kind !== item.kind) return false;
  if (search.maxMinutes != null && item.minutes > search.maxMinutes) return false;
  if (search.indicatorId && !item.indicators.some((i) => i.id === search.indicatorId)) {
    return false;
  }
  if (
    search.gradeBand &&
    item.gradeBands.length > 0 &&
    !item.gradeBands.includes(search.gradeBand)
  ) {
    return false;
  }
  if (search.subject && item.subjects.length > 0 && !item.subjects.includes(search.subject)) {
    return false;
  }
  const words = fold(search.text ?? "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [item.title, item.summary, ...item.indicators.flatMap((i) => [i.code, i.title])].join(" "),
  );
  return words.every((word) => haystack.includes(word));
}

/** Where a new registration lands: a seat while any is free, else the end of the waitlist. */
export function placeForRegistration(event: {
  seatLimit: number;
  seatsTaken: number;
  waitlistLength: number;
}):
  | { status: "registered"; waitlistPosition: null }
  | { status: "waitlisted"; waitlistPosition: number } {
  if (event.seatsTaken < event.seatLimit) return { status: "registered", waitlistPosition: null };
  return { status: "waitlisted", waitlistPosition: event.waitlistLength + 1 };
}

interface Waiting {
  id: string;
  waitlistPosition: number;
  registeredAt: Date;
}

/**
 * Who gets freed seats: first come, first served — the lowest waitlist places, as many as there
 * are free seats (a place tie, which the database should never hold, goes to the earlier one).
 */
export function promotionsFor<T extends Waiting>(waitlist: readonly T[], freeSeats: number): T[] {
  if (freeSeats <= 0) return [];
  return [...waitlist]
    .sort(
      (a, b) =>
        a.waitlistPosition - b.waitlistPosition ||
        a.registeredAt.getTime() - b.registeredAt.getTime() ||
        a.id.localeCompare(b.id),
    )
    .slice(0, freeSeats);
}

/** Statuses that hold a seat: a registered teacher, and one marked as having attended. */
export function holdsSeat(status: RegistrationStatus): boolean {
  return status === "registered" || status === "attended";
}

/**
 * Whether a person may take an elective session: it is elective, and they are an active teacher
 * of the district. No enrolment is needed; that is what makes it an elective.
 */
export function mayTakeElective(params: { elective: boolean; activeTeacher: boolean }): boolean {
  return params.elective && params.activeTeacher;
}
