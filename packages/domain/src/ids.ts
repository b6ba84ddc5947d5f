import { z } from "zod";
import { textRule } from "./text.ts";

/**
 * Building blocks shared by the entity schemas. Every message here is shown to people as is, so
 * it says what to do ("Enter a name"), not what went wrong inside the parser.
 */

/** Every record id is a UUID (RFC 9562; the nil-like `00000000-…-0001` form is rejected). */
export const idSchema = z.uuid({ error: "This is not a valid id" });

interface TextOptions {
  /** Shown when the field is missing or blank, e.g. "Enter a title". */
  missing: string;
  /** The field as a sentence starts, e.g. "Title", for the too-long message. */
  label: string;
  /** Longest allowed length after trimming; 200 unless told. */
  max?: number;
  /** A one-line field (a name): line breaks are refused, not only hidden control characters. */
  singleLine?: boolean;
}

/** Required text: trimmed, not blank, not longer than `max`, and holding only typeable characters. */
export function requiredText({ missing, label, max = 200, singleLine }: TextOptions) {
  return z
    .string({ error: missing })
    .check(textRule({ label, singleLine }))
    .trim()
    .min(1, missing)
    .max(max, `${label} must be ${max} characters or fewer`);
}

/** Optional text: trimmed; blank becomes null, so the database never holds empty strings. */
export function optionalText({ label, max = 200, singleLine }: Omit<TextOptions, "missing">) {
  return z
    .string({ error: `${label} must be text` })
    .check(textRule({ label, singleLine }))
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .nullable()
    .transform((value) => (value === "" ? null : value));
}

/** A person's or a place's name. */
export const nameSchema = requiredText({
  missing: "Enter a name",
  label: "Name",
  singleLine: true,
});

/** A link people will open: only http and https, so no `javascript:` or `data:` links. */
export const webUrlSchema = z
  .url({ protocol: /^https?$/, error: "Enter a web address starting with https://" })
  // A URL parser accepts a NUL or control character in the path; the database would not.
  .check(textRule({ label: "The web address", singleLine: true }));

/** An optional link; blank becomes null. */
export const optionalWebUrlSchema = z
  .string({ error: "Enter a web address starting with https://" })
  .check(textRule({ label: "The web address", singleLine: true }))
  .trim()
  .nullable()
  .transform((value) => (value === "" ? null : value))
  .pipe(webUrlSchema.nullable());

/** A moment in time. Dates travel as Date objects (the API uses superjson). */
export const timestampSchema = z.date({ error: "Enter a valid date and time" });

/** A calendar day with no time or zone, as `<input type="date">` gives it: "2026-11-25". */
export const calendarDateSchema = z.iso.date({ error: "Enter a date like 2026-11-25" });

/** A whole number of at least `min`, with a human message naming the field. */
export function wholeNumber(label: string, min: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be ${min} or more`);
}
