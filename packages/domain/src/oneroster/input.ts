import { z } from "zod";
import { textRule } from "../text.ts";

/*
 * What the page sends: the chosen files as they are, a ZIP as base64 and CSV files as text, so
 * there is one shape whichever the admin picked. The server opens ZIPs.
 */

/** 20,000 staff with their roles and classes fit comfortably; a whole student roster may not. */
export const MAXIMUM_ROSTER_CHARACTERS = 40_000_000;
const MAXIMUM_ROSTER_MEGABYTES = 30;

const rosterFileSchema = z.object({
  name: z
    .string()
    .check(textRule({ label: "A file's name", singleLine: true }))
    .trim()
    .min(1, "A file has no name")
    .max(255),
  encoding: z.enum(["text", "base64"]),
  content: z
    .string()
    .check(textRule({ label: "A file" }))
    .max(
      MAXIMUM_ROSTER_CHARACTERS,
      `A file is larger than ${MAXIMUM_ROSTER_MEGABYTES} MB. Leave out files this import does not read (demographics, results).`,
    ),
});
export type RosterFile = z.infer<typeof rosterFileSchema>;

export const rosterFilesInputSchema = z.object({
  files: z
    .array(rosterFileSchema, { error: "Choose the roster files" })
    .min(1, "Choose a ZIP file or the roster's CSV files")
    .max(30, "Choose at most 30 files"),
});

export const rosterImportInputSchema = rosterFilesInputSchema.extend({
  /** Made by the page, so it can ask for the progress of this import while it runs. */
  importId: z.uuid({ error: "This is not a valid import id" }),
  /** The admin chose to import the good rows and leave the bad rows out. */
  skipBadRows: z.boolean().default(false),
  /**
   * The number of people the admin confirmed deactivating, as the preview named it. An import
   * that deactivates many (see deactivations.ts) runs only when it equals the count it finds.
   */
  confirmDeactivations: z
    .number({ error: "Confirm the number of people to deactivate" })
    .int({ error: "Confirm the number of people to deactivate" })
    .min(0, "Confirm the number of people to deactivate")
    .optional(),
});

export const rosterProgressInputSchema = z.object({
  importId: z.uuid({ error: "This is not a valid import id" }),
});

export interface RosterProgress {
  done: number;
  total: number;
  finished: boolean;
}
