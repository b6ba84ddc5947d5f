import { z } from "zod";

/*
 * What any text a person sends may hold. PostgreSQL cannot store a NUL character at all, and a
 * lone UTF-16 surrogate (half of an emoji, as a broken client or a cut-off paste sends it) is
 * refused inside JSON columns; both used to reach the database and come back as a 500. Other
 * control characters are invisible, break CSV exports and mail headers, and no keyboard types
 * them. So every text field of every API input is built from this rule: the input check names
 * the field, and nothing of the kind gets as far as a query.
 */

/** Tab, line feed and carriage return: the control characters a text area holds. */
const LINE_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

/** C0 controls, DEL and C1 controls; tab and line breaks only in a one-line field. */
function isRefusedControl(code: number, singleLine: boolean): boolean {
  if (code < 0x20) return singleLine ? code !== 0x09 : !LINE_CONTROLS.has(code);
  return code >= 0x7f && code <= 0x9f;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
function isLoneSurrogate(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = value.charCodeAt(index + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = value.charCodeAt(index - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

interface TextRuleOptions {
  /** The field as a sentence starts, e.g. "Title". */
  label: string;
  /** A one-line field (a name, a title): line breaks are refused too. */
  singleLine?: boolean;
}

/** Every check made by `textRule`, so a test can tell a field built from it from one that is not. */
const textRuleChecks = new WeakSet<object>();

/** A message for text that holds a character no one can type; `null` when the text is fine. */
export function textProblem(value: string, { label, singleLine = false }: TextRuleOptions) {
  for (let index = 0; index < value.length; index += 1) {
    if (isLoneSurrogate(value, index)) {
      return `${label} has a broken character (half of an emoji or symbol); type it again`;
    }
    if (isRefusedControl(value.charCodeAt(index), singleLine)) {
      return singleLine
        ? `${label} must be one line of text, with no line breaks or hidden control characters`
        : `${label} has a hidden control character; remove it or type the text again`;
    }
  }
  return null;
}

/** The text rule as a zod check, to add to a string schema with `.check(…)`. */
export function textRule(options: TextRuleOptions) {
  const check = z.superRefine<string>((value, ctx) => {
    const problem = textProblem(value, options);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  });
  textRuleChecks.add(check);
  return check;
}

/** True when the string schema carries the text rule (for the test that every field does). */
export function hasTextRule(schema: z.ZodString | z.core.$ZodType): boolean {
  const checks: unknown = schema._zod.def.checks;
  return Array.isArray(checks) && checks.some((check) => textRuleChecks.has(check));
}

interface PlainTextOptions extends TextRuleOptions {
  /** Longest allowed length, in UTF-16 units as the browser's `maxlength` counts. */
  max: number;
}

/**
 * Text kept exactly as sent (not trimmed; empty allowed): shared notes, search words, answers
 * whose spacing matters. Use `requiredText`/`optionalText` in `ids.ts` for fields a person fills
 * in, which trim and refuse blanks too.
 */
export function plainText({ label, max, singleLine }: PlainTextOptions) {
  return z
    .string({ error: `${label} must be text` })
    .check(textRule({ label, singleLine }))
    .max(max, `${label} must be ${max} characters or fewer`);
}

/** The key of a record sent as an object (a criterion key, a sample id): one line, short. */
export const recordKeySchema = plainText({ label: "A key", max: 200, singleLine: true });
