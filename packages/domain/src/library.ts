import { z } from "zod";
import { idSchema, optionalText, requiredText } from "./ids.ts";
import {
  type LibraryLicense,
  libraryLicenseSchema,
  type PackagedSession,
  packagedCredentialSchema,
  packagedProgramSchema,
  packagedSessionSchema,
  packagedStageSchema,
} from "./library-parts.ts";
import { textRule } from "./text.ts";

/*
 * The shared library: a district publishes a stage, a program, a single MicroPD session or a
 * micro-credential under a license; another district imports a copy it can adapt, and a newer
 * version of the source is offered to the importer as a reviewable update. The same package
 * travels as a JSON file between installations.
 */

export type {
  LibraryLicense,
  PackagedCredential,
  PackagedProgram,
  PackagedSession,
  PackagedStage,
} from "./library-parts.ts";
export { libraryLicenses } from "./library-parts.ts";

/** Where each license's text lives, for the link beside it. */
export const licenseUrls: Record<LibraryLicense, string> = {
  "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "CC BY-NC 4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
  "CC BY-NC-SA 4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
};

export const libraryKinds = ["stage", "program", "session", "credential"] as const;
export type LibraryKind = (typeof libraryKinds)[number];

/** The format packages are written in; format 1 (stages only) is still read. */
export const LIBRARY_PACKAGE_FORMAT = "throughline-library/2";
const LEGACY_STAGE_FORMAT = "throughline-library/1";

/** Said in every package, so whoever opens the file knows what it does and does not carry. */
export const LIBRARY_PACKAGE_TRAVELS =
  "Text, prompts, rubrics and content blocks travel; videos, documents and images travel as the links the blocks hold, not as files. Indicators travel by code. Badge images, reviewers, calibration samples, enrolments and teachers' work stay with the publisher.";

const notAPackage = { error: "This file is not a Throughline library package" };
const attributionSchema = requiredText({
  missing: "Say whom to credit",
  label: "Attribution",
  max: 500,
});
const envelope = {
  license: libraryLicenseSchema,
  attribution: attributionSchema,
  source: z.object({
    districtName: requiredText({ missing: "Name the source district", label: "Source district" }),
    version: z.number().int().min(1).max(100_000),
  }),
  travels: z
    .string()
    .check(textRule({ label: "What travels" }))
    .max(1000)
    .optional(),
};
const currentFormat = z.literal(LIBRARY_PACKAGE_FORMAT, notAPackage);

/** A package of any kind, as it is published, imported and exported as a file. */
export const libraryPackageSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      format: z.enum([LIBRARY_PACKAGE_FORMAT, LEGACY_STAGE_FORMAT], notAPackage),
      kind: z.literal("stage"),
      ...envelope,
      stage: packagedStageSchema,
    }),
    z.object({
      format: currentFormat,
      kind: z.literal("program"),
      ...envelope,
      program: packagedProgramSchema,
    }),
    z.object({
      format: currentFormat,
      kind: z.literal("session"),
      ...envelope,
      session: packagedSessionSchema,
    }),
    z.object({
      format: currentFormat,
      kind: z.literal("credential"),
      ...envelope,
      credential: packagedCredentialSchema,
    }),
  ],
  { error: "This package holds no stage, program, session or micro-credential" },
);
export type LibraryPackage = z.infer<typeof libraryPackageSchema>;
export type LibraryPackageOf<K extends LibraryKind> = Extract<LibraryPackage, { kind: K }>;

const publishFields = {
  license: libraryLicenseSchema,
  attribution: attributionSchema,
  /** What changed, for the districts that imported an earlier version. */
  notes: optionalText({ label: "Notes", max: 1000 }).default(null),
};
export const publishStageInputSchema = z.object({ stageId: idSchema, ...publishFields });
export const publishProgramInputSchema = z.object({ programId: idSchema, ...publishFields });
export const publishSessionInputSchema = z.object({ sessionId: idSchema, ...publishFields });
export const publishCredentialInputSchema = z.object({ credentialId: idSchema, ...publishFields });

export const exportProgramInputSchema = z.object({ programId: idSchema });
export const exportSessionInputSchema = z.object({ sessionId: idSchema });

export const libraryItemInputSchema = z.object({ itemId: idSchema });

/**
 * Where a copy goes: a stage into one of the importer's programs, a session into one of its
 * stages; a program or a micro-credential needs neither.
 */
const importTarget = { programId: idSchema.optional(), stageId: idSchema.optional() };
export const importLibraryItemInputSchema = z.object({ itemId: idSchema, ...importTarget });
export const importPackageInputSchema = z.object({
  ...importTarget,
  package: libraryPackageSchema,
});

export const libraryImportInputSchema = z.object({ importId: idSchema });

/** The package's title, whatever its kind. */
export function packageTitle(pkg: LibraryPackage): string {
  switch (pkg.kind) {
    case "stage":
      return pkg.stage.title;
    case "program":
      return pkg.program.title;
    case "session":
      return pkg.session.title;
    case "credential":
      return pkg.credential.name;
  }
}

/** The package's one-paragraph description, whatever its kind. */
export function packageSummary(pkg: LibraryPackage): string {
  switch (pkg.kind) {
    case "stage":
      return pkg.stage.summary;
    case "program":
      return pkg.program.summary;
    case "session":
      return pkg.session.summary;
    case "credential":
      return pkg.credential.competency;
  }
}

/** Every session the package holds, in order (none for a micro-credential). */
function packageSessions(pkg: LibraryPackage): PackagedSession[] {
  switch (pkg.kind) {
    case "stage":
      return pkg.stage.sessions;
    case "program":
      return pkg.program.stages.flatMap((stage) => stage.sessions);
    case "session":
      return [pkg.session];
    case "credential":
      return [];
  }
}

/** What the package holds besides its sessions: titles, stage rules, a credential's definition. */
function packageDetails(pkg: LibraryPackage): unknown {
  switch (pkg.kind) {
    case "stage": {
      const { sessions: _sessions, key: _key, ...details } = pkg.stage;
      return details;
    }
    case "program":
      return {
        title: pkg.program.title,
        summary: pkg.program.summary,
        stages: pkg.program.stages.map(({ sessions: _sessions, ...stage }) => stage),
      };
    case "session":
      return null;
    case "credential":
      return pkg.credential;
  }
}

/** What a newer version changes, session by session, for the importer to review. */
interface PackageChanges {
  added: string[];
  removed: string[];
  changed: string[];
  /** Titles, descriptions, stage rules or a credential's definition differ. */
  detailsChanged: boolean;
}

const sameSession = (a: PackagedSession, b: PackagedSession) =>
  JSON.stringify({ ...a, key: "" }) === JSON.stringify({ ...b, key: "" });

/** The keys of the sessions a newer package adds or changes: the ones an update writes. */
export function changedSessionKeys(older: LibraryPackage, newer: LibraryPackage): Set<string> {
  const before = new Map(packageSessions(older).map((session) => [session.key, session]));
  return new Set(
    packageSessions(newer)
      .filter((session) => {
        const was = before.get(session.key);
        return was === undefined || !sameSession(was, session);
      })
      .map((session) => session.key),
  );
}

/** The keys of the sessions a newer package adds: in it, and not in the older one. */
export function newSessionKeys(older: LibraryPackage, newer: LibraryPackage): Set<string> {
  const before = new Set(packageSessions(older).map((session) => session.key));
  return new Set(
    packageSessions(newer)
      .map((session) => session.key)
      .filter((key) => !before.has(key)),
  );
}

/** The sessions a newer package adds, removes and changes, by title. */
export function packageChanges(older: LibraryPackage, newer: LibraryPackage): PackageChanges {
  const olderSessions = packageSessions(older);
  const newerSessions = packageSessions(newer);
  const before = new Map(olderSessions.map((session) => [session.key, session]));
  const after = new Map(newerSessions.map((session) => [session.key, session]));
  const detailsChanged =
    JSON.stringify(packageDetails(older)) !== JSON.stringify(packageDetails(newer));
  return {
    added: newerSessions.filter((s) => !before.has(s.key)).map((s) => s.title),
    removed: olderSessions.filter((s) => !after.has(s.key)).map((s) => s.title),
    changed: [
      ...(newer.kind === "credential" && detailsChanged ? [newer.credential.name] : []),
      ...newerSessions
        .filter((s) => {
          const was = before.get(s.key);
          return was !== undefined && !sameSession(was, s);
        })
        .map((s) => s.title),
    ],
    detailsChanged,
  };
}
