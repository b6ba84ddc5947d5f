import { setImmediate as nextTurn } from "node:timers/promises";
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

  it("stops after `to` records, as the one-go parser does, without reading the rest", async () => {
    const text = `a,b\n${"x,y\n".repeat(200_000)}`;
    const limited = { ...options, to: 1001 };
    const records = await parseCsvInTurns(text, limited);
    expect(records).toHaveLength(1001);
    expect(records).toEqual(parse(text, limited));
  });

  it("gives records the shape on_record makes of them", async () => {
    const records = await parseCsvInTurns("a,b\nc,d\n", {
      on_record: (cells: string[], context) => ({ line: context.lines, cells }),
    });
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["c", "d"] },
    ]);
  });

  it("lets other work run between slices", async () => {
    const text = `a,b\n${"x,y\n".repeat(100_000)}`;
    let parsing = true;
    let turnsWhileParsing = 0;
    const parsed = parseCsvInTurns(text, options).finally(() => {
      parsing = false;
    });
    while (parsing) {
      await nextTurn();
      if (parsing) turnsWhileParsing += 1;
    }
    expect(await parsed).toHaveLength(100_001);
    // 400 KB in slices of 32 KB: a turn between each.
    expect(turnsWhileParsing).toBeGreaterThanOrEqual(10);
  });

  it("throws the parser's error for broken CSV", async () => {
    const text = `a,b\n${"x,y\n".repeat(100_000)}"unclosed,z\n`;
    await expect(parseCsvInTurns(text, options)).rejects.toThrow(/Quote Not Closed/i);
  });
});
