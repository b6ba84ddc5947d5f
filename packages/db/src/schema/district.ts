import { boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The tenant. Global: it is the row every tenant table points at. */
export const district = pgTable("district", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  /** The IANA zone the district's schools keep: quiet hours, digests and reminders use it. */
  timeZone: text().notNull().default("America/Chicago"),
  /** How long before a support meeting its members are reminded, in minutes (a day and an hour). */
  meetingReminderMinutes: integer().array().notNull().default([1440, 60]),
  /** Micro-credential reviews: reviewers never review a teacher they coach (on by default). */
  reviewExcludesCoached: boolean().notNull().default(true),
  /** Micro-credential reviews: the teacher's name and school are hidden from reviewers. */
  reviewBlind: boolean().notNull().default(false),
  /** Micro-credential reviews: one, or two independent reviews (a lead settles disagreement). */
  reviewsRequired: integer().notNull().default(1),
  /** A submission waiting longer than this many days is flagged to its certified reviewers. */
  reviewWaitingDays: integer().notNull().default(7),
  /** The month (1–12) the district's school year starts in; August unless set up otherwise. */
  schoolYearStartMonth: integer().notNull().default(8),
  /** People may sign in with a password; a district on single sign-on may turn this off. */
  passwordSignIn: boolean().notNull().default(true),
  /** Coaching interactions a coach logs count toward the teacher's PD hours (off by default). */
  coachingCountsAsPd: boolean().notNull().default(false),
  /** The district's own website: the issuer profile of its badges links here (else the platform). */
  websiteUrl: text(),
  /** The district's logo (an uploaded image): the issuer profile of its badges shows it. */
  logoStorageKey: text(),
  logoContentType: text(),
  /** When a district admin confirmed the framework (Getting started). */
  frameworkReviewedAt: timestamp({ withTimezone: true }),
  /** When a district admin confirmed the time zone and school breaks (Getting started). */
  calendarReviewedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
