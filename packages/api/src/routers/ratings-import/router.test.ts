import { readFile } from "node:fs/promises";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const fixtures = new URL("../../../../db/fixtures/ratings/", import.meta.url);

const api = testApiPerFile();
let sample: string;
let sampleWithBadRow: string;

beforeAll(async () => {
  sample = await readFile(new URL("evaluation-ratings.csv", fixtures), "utf8");
  sampleWithBadRow = await readFile(
    new URL("evaluation-ratings-with-bad-row.csv", fixtures),
    "utf8",
  );
});

async function importedCount(source: string): Promise<number> {
  const [row] = await rawRows<{ count: number }>(
    api.db,
    sql`select count(*)::int as count from imported_rating where source = ${source}`,
  );
  return row?.count ?? 0;
}

const SOURCE = "Frontline Evaluation 2025-26 (CSV export)";

describe("ratingsImport.preview", () => {
  it("shows the bad row with its line and reason, and changes nothing", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const preview = await admin.ratingsImport.preview({ csv: sampleWithBadRow });
    expect(preview.counts).toEqual({ rows: 34, new: 33, unchanged: 0, bad: 1 });
    expect(preview.badRows).toEqual([{ line: 17, reason: "Unknown level 'Great'" }]);
    expect(await importedCount(SOURCE)).toBe(0);
  });

  it("names a missing column once, on the header line", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const csv =
      "teacher,indicator,level,date,source\nteacher@maplevalley.test,1.2,Developing,2026-10-01,X\n";
    const preview = await admin.ratingsImport.preview({ csv });
    expect(preview.counts).toEqual({ rows: 1, new: 0, unchanged: 0, bad: 1 });
    expect(preview.badRows[0]?.line).toBe(1);
    expect(preview.badRows[0]?.reason).toMatch(/^Missing column 'indicator_code'/);
  });

  it("counts lines as the file has them, blank lines and quoted cells included", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const csv = [
      "teacher,indicator_code,level,date,source",
      'teacher@maplevalley.test,1.2,Developing,2026-10-01,"Binder, 2026"',
      "",
      "nobody@maplevalley.test,1.2,Developing,2026-10-01,Binder",
      "teacher@maplevalley.test,9.9,Developing,10/01/2026,Binder",
    ].join("\r\n");
    const preview = await admin.ratingsImport.preview({ csv });
    expect(preview.badRows).toEqual([
      { line: 4, reason: "Unknown teacher nobody@maplevalley.test" },
      { line: 5, reason: "Date must be YYYY-MM-DD" },
    ]);
  });

  it("refuses a file that is not CSV with a clear message", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const call = admin.ratingsImport.preview({ csv: 'teacher,level\n"unclosed,1\n' });
    await expect(call).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: /could not be read as CSV/,
    });
  });
});

describe("ratingsImport.importFile (apply is a word tRPC reserves)", () => {
  it("refuses a file with bad rows and imports nothing", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const call = admin.ratingsImport.importFile({ csv: sampleWithBadRow });
    await expect(call).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: /line 17: Unknown level 'Great'/,
    });
    expect(await importedCount(SOURCE)).toBe(0);
  });

  it("imports every row, and the same file again imports nothing", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const first = await admin.ratingsImport.importFile({ csv: sample });
    expect(first).toEqual({ counts: { rows: 34, new: 34, unchanged: 0, bad: 0 }, inserted: 34 });
    expect(await importedCount(SOURCE)).toBe(34);

    const preview = await admin.ratingsImport.preview({ csv: sample });
    expect(preview.counts).toEqual({ rows: 34, new: 0, unchanged: 34, bad: 0 });
    const again = await admin.ratingsImport.importFile({ csv: sample });
    expect(again).toEqual({ counts: { rows: 34, new: 0, unchanged: 34, bad: 0 }, inserted: 0 });
    expect(await importedCount(SOURCE)).toBe(34);
  });
});

describe("who may import ratings", () => {
  it("is for district admins only: a principal, a coach and a teacher are refused", async () => {
    for (const email of [
      "principal@maplevalley.test",
      "coach@maplevalley.test",
      "teacher@maplevalley.test",
    ]) {
      const caller = await api.callerFor(email);
      expect(await codeOf(caller.ratingsImport.preview({ csv: sample }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.ratingsImport.importFile({ csv: sample }))).toBe("FORBIDDEN");
    }
  });
});
