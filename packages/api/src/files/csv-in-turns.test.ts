import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseCsvInTurns } from "./csv-in-turns.ts";

const options = {
  bom: true,
  skip_empty_lines: true,
  relax_column_count: true,
  on_record: (record: string[], context: { lines: number }) => [String(context.lines), ...record],
};

describe("parseCsvInTurns", () => {
  it("reads what the one-go parser reads, quoted line breaks and line numbers included", async () => {
    // Long enough to span several slices, with quoted fields holding line breaks and commas.
    const rows = Array.from(
      { length: 20_000 },
      (_, index) => `u${index},"Given ${index}\nsecond line, with comma",user${index}@x.test`,
    );
    const text = `\uFEFFsourcedId,name,email\r\n${rows.join("\r\n")}\r\n`;
    const records = await parseCsvInTurns(text, options);
    expect(records).toEqual(parse(text, options));
    expect(records.at(-1)?.[0]).toBe(String(1 + 2 * 20_000));
  });

  it("throws the parser's error for broken CSV", async () => {
    const text = `a,b\n${"x,y\n".repeat(100_000)}"unclosed,z\n`;
    await expect(parseCsvInTurns(text, options)).rejects.toThrow(/Quote Not Closed/i);
  });
});
