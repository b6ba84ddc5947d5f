import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openDatabase } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import { district } from "./schema/index.ts";
import { seedDemoData } from "./seed.ts";
import { membershipFor } from "./testing.ts";

/** The embedded database keeps its data in its folder across restarts. */
let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "throughline-db-"));
});
afterAll(() => rm(parent, { recursive: true, force: true }));

test("a PGlite database survives being closed and opened again", async () => {
  // A folder that does not exist yet: openDatabase creates it.
  const dataDir = join(parent, "nested", "data");
  const first = await openDatabase({ dataDir });
  expect(first.kind).toBe("pglite");
  await migrateDatabase(first.db, first.kind);
  await seedDemoData(first.db);
  const before = await membershipFor(first.db, "teacher@maplevalley.test");
  await first.close();

  const second = await openDatabase({ dataDir });
  try {
    // Starting again migrates and seeds again, which must change nothing.
    await migrateDatabase(second.db, second.kind);
    await seedDemoData(second.db);
    const districts = await second.db.select({ slug: district.slug }).from(district);
    expect(districts.map((row) => row.slug).sort()).toEqual(["cedar-ridge", "maple-valley"]);
    expect(await membershipFor(second.db, "teacher@maplevalley.test")).toEqual(before);
  } finally {
    await second.close();
  }
  // Two migrations and two seeds of the whole demo: slow on a busy shared machine.
}, 180_000);
