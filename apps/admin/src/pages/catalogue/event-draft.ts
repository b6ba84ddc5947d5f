import type { RouterOutputs } from "@throughline/api/types";
import {
  type CatalogueEventKind,
  catalogueEventKindSchema,
  type GradeBand,
  type Subject,
} from "@throughline/domain/catalogue";
import { districtClock, districtDay, districtMoment } from "@throughline/ui/format";

export type AdminEvent = RouterOutputs["catalogueAdmin"]["events"][number];

/** The event form as typed: text the fields hold, turned into the API's input on save. */
export interface EventDraft {
  title: string;
  description: string;
  kind: CatalogueEventKind;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  joinUrl: string;
  seatLimit: string;
  pdMinutes: string;
  indicatorIds: string[];
  gradeBands: GradeBand[];
  subjects: Subject[];
}

export function blankEvent(): EventDraft {
  return {
    title: "",
    description: "",
    kind: "workshop",
    date: "",
    startTime: "15:30",
    endTime: "16:30",
    location: "",
    joinUrl: "",
    seatLimit: "20",
    pdMinutes: "60",
    indicatorIds: [],
    gradeBands: [],
    subjects: [],
  };
}

export function draftOfEvent(event: AdminEvent): EventDraft {
  return {
    title: event.title,
    description: event.description,
    kind: catalogueEventKindSchema.safeParse(event.kind).data ?? "workshop",
    date: districtDay(event.startsAt),
    startTime: districtClock(event.startsAt),
    endTime: districtClock(event.endsAt),
    location: event.location ?? "",
    joinUrl: event.joinUrl ?? "",
    seatLimit: String(event.seatLimit),
    pdMinutes: String(event.pdMinutes),
    indicatorIds: event.indicatorIds,
    gradeBands: event.gradeBands,
    subjects: event.subjects,
  };
}

/**
 * The draft as the API takes it. A date or time that does not parse is sent as an invalid date,
 * so the server names the field; the numbers go as typed (NaN is refused the same way).
 */
export function eventInput(draft: EventDraft) {
  const invalid = new Date(Number.NaN);
  return {
    title: draft.title,
    description: draft.description,
    kind: draft.kind,
    startsAt: districtMoment(draft.date, draft.startTime) ?? invalid,
    endsAt: districtMoment(draft.date, draft.endTime) ?? invalid,
    location: draft.location,
    joinUrl: draft.joinUrl,
    seatLimit: Number(draft.seatLimit),
    pdMinutes: Number(draft.pdMinutes),
    indicatorIds: draft.indicatorIds,
    gradeBands: draft.gradeBands,
    subjects: draft.subjects,
  };
}
