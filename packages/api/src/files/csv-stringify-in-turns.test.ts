import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { stringifyCsvInTurns } from "./csv-stringify-in-turns.ts";

const options = { header: true, columns: ["Name", "Note"], escape_formulas: true, bom: true };

describe("stringifyCsvInTurns", () => {
  it("makes the one-go stringifier's text: one header, one byte order mark, quoting kept", async () => {
    const rows = Array.from({ length: 1_234 }, (_, index) => [
      `Person ${index}`,
      index % 3 === 0 ? `=SUM(A${index})` : `says "hi", then\nleaves`,
    ]);
    const text = await stringifyCsvInTurns(rows, (row) => row, options);
    expect(text).toBe(stringify(rows, options));
    expect(text.match(/Name,Note/g)).toHaveLength(1);
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
  });

  it("makes the header alone when there are no rows", async () => {
    expect(await stringifyCsvInTurns([], (row: string[]) => row, options)).toBe(
      stringify([], options),
    );
  });
});
