import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { parseRatingsCsv } from "./csv.ts";

/*
 * A ratings file of 20,000 rows (the most allowed) leaves room for other requests: while it is
 * parsed, checked and imported, other work in the same process keeps running. Counted in turns
 * and answers, not time: read in one go, the file left no turn to anyone until it was done, and
 * only the database reads between the steps let others in. (How fast is for a benchmark.)
 */

const ROWS = 20_000;
const api = testApiPerFile();

/** ROWS ratings of one teacher on one indicator, a day apart: every row good and new. */
function largeRatingsFile(source: string): string {
  const day = Date.UTC(1990, 0, 1);
  const rows = Array.from({ length: ROWS }, (_, index) => {
    const date = new Date(day + index * 86_400_000).toISOString().slice(0, 10);
    return `teacher@maplevalley.test,1.1,Proficient,${date},${source}`;
  });
  return `teacher,indicator_code,level,date,source\n${rows.join("\n")}\n`;
}

/** Runs `work` while `other` is called again and again; how many calls ended before it did. */
async function countDuring<T>(
  work: Promise<T>,
  other: () => Promise<unknown>,
): Promise<{ result: T; count: number }> {
  let finished = false;
  const running = work.finally(() => {
    finished = true;
  });
  let count = 0;
  while (!finished) {
    await other();
    if (!finished) count += 1;
    // On the embedded database an answer may need no I/O: without a turn this loop would
    // starve the work it waits for.
    await nextTurn();
  }
  return { result: await running, count };
}

describe("a large ratings file takes turns with other work", () => {
  it("is parsed a slice per turn: other work runs while it is read", async () => {
    const csv = largeRatingsFile("Turns test export");
    // No database here: each turn counted is one the parser gave away.
    const { result, count } = await countDuring(parseRatingsCsv(csv), async () => undefined);
    expect(result.ok && result.rows.length).toBe(ROWS);
    expect(count).toBeGreaterThan(30);
  });

  it("answers other requests while it is checked, and while it is imported", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const anonymous = api.anonymous();
    const poll = () => anonymous.rosterImport.progress({ importId: randomUUID() });
    const csv = largeRatingsFile("Turns test export");

    const checking = await countDuring(admin.ratingsImport.preview({ csv }), poll);
    expect(checking.result.counts).toEqual({ rows: ROWS, new: ROWS, unchanged: 0, bad: 0 });
    expect(checking.count).toBeGreaterThan(15);

    const importing = await countDuring(admin.ratingsImport.importFile({ csv }), poll);
    expect(importing.result.inserted).toBe(ROWS);
    expect(importing.count).toBeGreaterThan(15);
  }, 120_000);
});
