import { z } from "zod";
import { contentBlockSchema } from "./framework.ts";
import { createStageDraftSchema, mostBlocks, saveSessionInputSchema } from "./framework-admin.ts";
import { idSchema, optionalText, requiredText } from "./ids.ts";

/*
 * The shared library: a district publishes a stage (with its MicroPD sessions and their content
 * blocks) under a license, another district imports a copy it can adapt, and a newer version of
 * the source is offered to the importer as a reviewable update. The same package travels as a
 * JSON file between installations.
 */

export const libraryLicenses = [
  "CC BY 4.0",
  "CC BY-SA 4.0",
  "CC BY-NC 4.0",
  "CC BY-NC-SA 4.0",
] as const;
const libraryLicenseSchema = z.enum(libraryLicenses, {
  error: "Choose a license: CC BY, CC BY-SA, CC BY-NC or CC BY-NC-SA 4.0",
});
export type LibraryLicense = z.infer<typeof libraryLicenseSchema>;

/** Where each license's text lives, for the link beside it. */
export const licenseUrls: Record<LibraryLicense, string> = {
  "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "CC BY-NC 4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
  "CC BY-NC-SA 4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
};

const stageFields = createStageDraftSchema.omit({ programId: true });
const sessionFields = saveSessionInputSchema
  .pick({
    title: true,
    summary: true,
    estimatedMinutes: true,
    reflectionPrompts: true,
    afterLessonPrompts: true,
  })
  .extend({
    // The blocks as teachers' pages read them (the editor's stricter video rule is for authoring).
    blocks: z
      .array(contentBlockSchema)
      .min(1, "Each session needs at least one block")
      .max(mostBlocks, `A session can have at most ${mostBlocks} blocks`),
  });

/**
 * One session in a package. `key` stays the same from version to version (the source session's
 * id), so an update can say which sessions changed; indicators travel by code, and an importer's
 * indicators with the same code are linked.
 */
const packagedSessionSchema = sessionFields.extend({
  key: idSchema,
  indicatorCodes: z
    .array(
      requiredText({
        missing: "Enter the indicator's code",
        label: "Indicator code",
        max: 40,
        singleLine: true,
      }),
    )
    .max(20, "A session has at most 20 indicators"),
});
export type PackagedSession = z.infer<typeof packagedSessionSchema>;

export const LIBRARY_PACKAGE_FORMAT = "throughline-library/1";

/** A stage as it is published, imported and exported as a file. */
export const libraryPackageSchema = z.object({
  format: z.literal(LIBRARY_PACKAGE_FORMAT, {
    error: "This file is not a Throughline library package",
  }),
  kind: z.literal("stage"),
  license: libraryLicenseSchema,
  attribution: requiredText({ missing: "Say whom to credit", label: "Attribution", max: 500 }),
  source: z.object({
    districtName: requiredText({ missing: "Name the source district", label: "Source district" }),
    version: z.number().int().min(1).max(100_000),
  }),
  stage: stageFields.extend({
    sessions: z
      .array(packagedSessionSchema)
      .min(1, "A stage package has at least one session")
      .max(200, "A stage package has at most 200 sessions"),
  }),
});
export type LibraryPackage = z.infer<typeof libraryPackageSchema>;

export const publishStageInputSchema = z.object({
  stageId: idSchema,
  license: libraryLicenseSchema,
  attribution: requiredText({ missing: "Say whom to credit", label: "Attribution", max: 500 }),
  /** What changed, for the districts that imported an earlier version. */
  notes: optionalText({ label: "Notes", max: 1000 }).default(null),
});

export const libraryItemInputSchema = z.object({ itemId: idSchema });

export const importLibraryItemInputSchema = z.object({ itemId: idSchema, programId: idSchema });

export const importPackageInputSchema = z.object({
  programId: idSchema,
  package: libraryPackageSchema,
});

export const libraryImportInputSchema = z.object({ importId: idSchema });

/** What a newer version changes, session by session, for the importer to review. */
interface PackageChanges {
  added: string[];
  removed: string[];
  changed: string[];
  stageDetailsChanged: boolean;
}

const sameSession = (a: PackagedSession, b: PackagedSession) =>
  JSON.stringify({ ...a, key: "" }) === JSON.stringify({ ...b, key: "" });

/** The keys of the sessions a newer package adds or changes: the ones an update writes. */
export function changedSessionKeys(older: LibraryPackage, newer: LibraryPackage): Set<string> {
  const before = new Map(older.stage.sessions.map((session) => [session.key, session]));
  return new Set(
    newer.stage.sessions
      .filter((session) => {
        const was = before.get(session.key);
        return was === undefined || !sameSession(was, session);
      })
      .map((session) => session.key),
  );
}

/** The sessions a newer package adds, removes and changes, by title. */
export function packageChanges(older: LibraryPackage, newer: LibraryPackage): PackageChanges {
  const before = new Map(older.stage.sessions.map((session) => [session.key, session]));
  const after = new Map(newer.stage.sessions.map((session) => [session.key, session]));
  const { sessions: olderSessions, ...olderStage } = older.stage;
  const { sessions: newerSessions, ...newerStage } = newer.stage;
  return {
    added: newerSessions.filter((s) => !before.has(s.key)).map((s) => s.title),
    removed: olderSessions.filter((s) => !after.has(s.key)).map((s) => s.title),
    changed: newerSessions
      .filter((s) => {
        const was = before.get(s.key);
        return was !== undefined && !sameSession(was, s);
      })
      .map((s) => s.title),
    stageDetailsChanged: JSON.stringify(olderStage) !== JSON.stringify(newerStage),
  };
}
