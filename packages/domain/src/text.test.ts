import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionalText, requiredText } from "./ids.ts";
import { hasTextRule, plainText, textProblem } from "./text.ts";

describe("textProblem", () => {
  it.each([
    ["a\u0000b", "NUL"],
    ["a\u0007b", "a bell"],
    ["a\u001bb", "an escape"],
    ["a\u007fb", "DEL"],
    ["a\u0085b", "a C1 control"],
    ["\ud800x", "a lone high surrogate"],
    ["x\udc00", "a lone low surrogate"],
    ["😀".slice(0, 1), "half an emoji"],
  ])("refuses %j (%s)", (value) => {
    expect(textProblem(value, { label: "Note" })).toMatch(/^Note /);
  });

  it.each([
    ["Plain text"],
    ["two\nlines\r\nand\ta tab"],
    ["emoji 😀 and ñ, 中文, עברית \u200f with a mark"],
    [""],
  ])("keeps %j in a text area", (value) => {
    expect(textProblem(value, { label: "Note" })).toBeNull();
  });

  it("refuses line breaks in a one-line field but keeps a tab", () => {
    expect(textProblem("a\nb", { label: "Name", singleLine: true })).toMatch(/one line/);
    expect(textProblem("a\tb", { label: "Name", singleLine: true })).toBeNull();
  });

  it("accepts every well-formed string without control characters", () => {
    const typeable = fc.string({ unit: "grapheme" }).filter((value) => !/[\p{Cc}]/u.test(value));
    fc.assert(
      fc.property(typeable, (value) => textProblem(value, { label: "Note" }) === null),
      { seed: 17, numRuns: 300 },
    );
  });
});

describe("text schemas", () => {
  it("name the field and refuse NUL", () => {
    const schema = requiredText({ missing: "Describe the step", label: "Description" });
    const result = schema.safeParse("a\u0000b");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Description has a hidden control/);
  });

  it("are recognisable by the rule they carry, whatever else is chained", () => {
    expect(hasTextRule(requiredText({ missing: "x", label: "X" }))).toBe(true);
    expect(hasTextRule(optionalText({ label: "X" }).in.unwrap())).toBe(true);
    expect(hasTextRule(plainText({ label: "X", max: 5 }).min(1).trim())).toBe(true);
  });

  it("keeps the length limit", () => {
    expect(plainText({ label: "X", max: 3 }).safeParse("abcd").success).toBe(false);
  });
});
