import { z } from "zod";
import {
  idSchema,
  optionalText,
  optionalWebUrlSchema,
  requiredText,
  timestampSchema,
  wholeNumber,
} from "./ids.ts";

/*
 * The district's elective catalogue: MicroPD sessions marked elective, and live sessions and
 * workshops teachers register for. Any active teacher of the district may take an elective
 * without being enrolled in a cohort; its completion counts toward their PD hours.
 */

/** The grade bands a session or event suits: a fixed list, so search filters match exactly. */
export const gradeBandSchema = z.enum(["pre_k", "k_2", "3_5", "6_8", "9_12"], {
  error: "Choose a grade band from the list",
});
export type GradeBand = z.infer<typeof gradeBandSchema>;

export const gradeBandLabels: Record<GradeBand, string> = {
  pre_k: "Pre-K",
  k_2: "Grades K–2",
  "3_5": "Grades 3–5",
  "6_8": "Grades 6–8",
  "9_12": "Grades 9–12",
};

export const subjectSchema = z.enum(
  [
    "ela",
    "math",
    "science",
    "social_studies",
    "arts",
    "world_languages",
    "physical_education",
    "special_education",
    "english_learners",
  ],
  { error: "Choose a subject from the list" },
);
export type Subject = z.infer<typeof subjectSchema>;

export const subjectLabels: Record<Subject, string> = {
  ela: "English language arts",
  math: "Math",
  science: "Science",
  social_studies: "Social studies",
  arts: "Arts",
  world_languages: "World languages",
  physical_education: "Physical education",
  special_education: "Special education",
  english_learners: "English learners",
};

export const catalogueEventKindSchema = z.enum(["live_session", "workshop"], {
  error: "Choose live session or workshop",
});
export type CatalogueEventKind = z.infer<typeof catalogueEventKindSchema>;

export const catalogueEventKindLabels: Record<CatalogueEventKind, string> = {
  live_session: "Live session",
  workshop: "Workshop",
};

const registrationStatusSchema = z.enum(["registered", "waitlisted", "cancelled", "attended"]);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/** What a catalogue search may ask for: every filter optional, all given ones must match. */
export const catalogueKindFilterSchema = z.enum(["session", "live_session", "workshop"], {
  error: "Choose session, live session or workshop",
});
export type CatalogueKindFilter = z.infer<typeof catalogueKindFilterSchema>;

export const catalogueSearchInputSchema = z.object({
  text: optionalText({ label: "Search", max: 100, singleLine: true }).optional(),
  indicatorId: idSchema.nullable().optional(),
  gradeBand: gradeBandSchema.nullable().optional(),
  subject: subjectSchema.nullable().optional(),
  /** Only items that take at most this many minutes. */
  maxMinutes: wholeNumber("Length", 1)
    .max(1440, "Length must be 1440 minutes or fewer")
    .nullable()
    .optional(),
  kind: catalogueKindFilterSchema.nullable().optional(),
});
export type CatalogueSearchInput = z.infer<typeof catalogueSearchInputSchema>;

const gradeBandsSchema = z
  .array(gradeBandSchema)
  .max(gradeBandSchema.options.length, "Choose each grade band once");
const subjectsSchema = z
  .array(subjectSchema)
  .max(subjectSchema.options.length, "Choose each subject once");

/** An admin marks a session elective (or not), with the grade bands and subjects it suits. */
export const sessionCatalogueInputSchema = z.object({
  sessionId: idSchema,
  elective: z.boolean({ error: "Say whether the session is elective" }),
  gradeBands: gradeBandsSchema,
  subjects: subjectsSchema,
});
export type SessionCatalogueInput = z.infer<typeof sessionCatalogueInputSchema>;

/** A live session or workshop as an admin writes it. */
export const catalogueEventFieldsSchema = z
  .object({
    title: requiredText({ missing: "Enter a title", label: "Title", singleLine: true }),
    description: requiredText({ missing: "Describe the event", label: "Description", max: 2000 }),
    kind: catalogueEventKindSchema,
    startsAt: timestampSchema,
    endsAt: timestampSchema,
    location: optionalText({ label: "Location", singleLine: true }),
    joinUrl: optionalWebUrlSchema,
    seatLimit: wholeNumber("Seats", 1).max(10000, "Seats must be 10000 or fewer"),
    pdMinutes: wholeNumber("PD minutes", 0).max(1440, "PD minutes must be 1440 or fewer"),
    indicatorIds: z.array(idSchema).max(20, "Choose at most 20 indicators"),
    gradeBands: gradeBandsSchema,
    subjects: subjectsSchema,
  })
  .refine((event) => event.endsAt.getTime() > event.startsAt.getTime(), {
    path: ["endsAt"],
    message: "The event must end after it starts",
  })
  .refine((event) => event.location !== null || event.joinUrl !== null, {
    path: ["location"],
    message: "Give a location or a join link",
  });
export type CatalogueEventFields = z.infer<typeof catalogueEventFieldsSchema>;

export const updateCatalogueEventInputSchema = z.object({
  eventId: idSchema,
  event: catalogueEventFieldsSchema,
});

export const catalogueEventIdInputSchema = z.object({ eventId: idSchema });

/** An admin records whether a registered teacher came. */
export const markEventAttendanceInputSchema = z.object({
  registrationId: idSchema,
  attended: z.boolean({ error: "Say whether they attended" }),
});

/** One item of the catalogue as a teacher sees it. */
export interface CatalogueIndicator {
  id: string;
  code: string;
  title: string;
}

export interface CatalogueSessionItem {
  kind: "session";
  id: string;
  title: string;
  summary: string;
  minutes: number;
  stageTitle: string;
  indicators: CatalogueIndicator[];
  gradeBands: GradeBand[];
  subjects: Subject[];
  completedAt: Date | null;
}

export interface CatalogueEventItem {
  kind: CatalogueEventKind;
  id: string;
  title: string;
  summary: string;
  minutes: number;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  joinUrl: string | null;
  indicators: CatalogueIndicator[];
  gradeBands: GradeBand[];
  subjects: Subject[];
  seatLimit: number;
  seatsLeft: number;
  waitlistLength: number;
  /** The viewer's own registration, if any and not cancelled. */
  mine: { status: RegistrationStatus; waitlistPosition: number | null } | null;
}

export type CatalogueItem = CatalogueSessionItem | CatalogueEventItem;
