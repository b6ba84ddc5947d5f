import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { generatedRoster } from "../../testing/generated-roster.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * A large import leaves room for other requests: while it runs on the embedded database, calls
 * made in the same process are answered, and the progress they read moves through the middle
 * rather than jumping from nothing to done. (How fast is for the benchmark, not for a test.)
 */

const api = testApiPerFile();

describe("a large roster import takes turns with other requests", () => {
  it("answers other requests while the preview reads and checks the files", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const anonymous = api.anonymous();
    const files = generatedRoster({ users: 4000, schools: 40 });
    let finished = false;
    const previewing = admin.rosterImport.preview({ files }).finally(() => {
      finished = true;
    });
    let answeredWhilePreviewing = 0;
    while (!finished) {
      await anonymous.rosterImport.progress({ importId: randomUUID() });
      if (!finished) answeredWhilePreviewing += 1;
      await nextTurn();
    }
    const review = await previewing;
    expect(review.counts.people.create).toBeGreaterThan(3000);
    // Reading, checking across files and planning each go a slice or a step per turn: with
    // larger slices and steps and the cross-file check in one go, some 8 polls were answered.
    expect(answeredWhilePreviewing).toBeGreaterThan(15);
  });

  it("answers progress polls while it runs, and the progress moves", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const anonymous = api.anonymous();
    const files = generatedRoster({ users: 4000, schools: 40 });
    const importId = randomUUID();
    let finished = false;
    const running = admin.rosterImport
      .importFiles({ files, importId, skipBadRows: true })
      .finally(() => {
        finished = true;
      });
    const seen: number[] = [];
    let answeredWhileRunning = 0;
    while (!finished) {
      const progress = await anonymous.rosterImport.progress({ importId });
      if (!finished) answeredWhileRunning += 1;
      if (progress && !finished) seen.push(progress.done / progress.total);
      await nextTurn();
    }
    const result = await running;
    expect(result.written).toBeGreaterThan(4000);
    expect(answeredWhileRunning).toBeGreaterThan(10);
    expect(seen.some((share) => share > 0.1 && share < 0.9)).toBe(true);
  });
});
