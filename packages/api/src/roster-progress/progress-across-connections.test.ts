import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { type DatabaseHandle, openPostgres } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import type { RosterFile, RosterProgress } from "@throughline/domain/oneroster/input";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "../testing/test-api-per-file.ts";

/*
 * On PostgreSQL a second server process answers the page's poll from the database, so the
 * progress an import writes must be committed while the import's own transaction is still
 * open. Seen here through connections of their own, as another process would see it.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const sampleFolder = new URL(
  "../../../../fixtures/oneroster/maple-valley-sample/",
  import.meta.url,
);

describe.skipIf(!serverUrl)("roster-import progress on PostgreSQL", () => {
  const api = testApiPerFile();
  let files: RosterFile[];
  /** Holds a lock the import will need, so the import stops half way with its transaction open. */
  let blocker: DatabaseHandle;
  /** Reads as another server process would. */
  let reader: DatabaseHandle;

  beforeAll(async () => {
    const names = await readdir(sampleFolder);
    files = await Promise.all(
      names.map(async (name) => ({
        name,
        encoding: "text" as const,
        content: await readFile(new URL(name, sampleFolder), "utf8"),
      })),
    );
    const [current] = await rawRows<{ name: string }>(
      api.db,
      sql`select current_database() as name`,
    );
    const url = new URL(serverUrl ?? "");
    url.pathname = `/${current?.name}`;
    blocker = await openPostgres(url.toString());
    reader = await openPostgres(url.toString());
  });
  afterAll(async () => {
    await blocker?.close();
    await reader?.close();
  });

  async function progressSeen(importId: string): Promise<RosterProgress | undefined> {
    const [row] = await rawRows<RosterProgress>(
      reader.db,
      sql`select done, total, finished from roster_import_progress where import_id = ${importId}`,
    );
    return row;
  }

  it("is committed through another connection while the import's transaction is open", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const importId = randomUUID();
    let importing: Promise<unknown> | undefined;
    let midway: RosterProgress | undefined;
    let newPeopleSeenMidway: number | undefined;

    await blocker.db.transaction(async (lock) => {
      // Timetable slots are written last (after 25 of the 40 rows): the import waits there.
      await lock.execute(sql`lock table teaching_slot in share mode`);
      importing = admin.rosterImport.importFiles({ files, importId, skipBadRows: true });
      importing.catch(() => {});
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        midway = await progressSeen(importId);
        // Earlier writes may be seen on the way; 25 is where the import waits for the lock.
        if (midway && midway.done >= 25) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const [people] = await rawRows<{ count: number }>(
        reader.db,
        sql`select count(*)::int as count from person where sourced_id = 'mvu-u-2001'`,
      );
      newPeopleSeenMidway = people?.count;
    });

    // Progress was visible half way, while the people the import had written were not yet.
    expect(midway).toEqual({ done: 25, total: 40, finished: false });
    expect(newPeopleSeenMidway).toBe(0);

    await importing;
    expect(await progressSeen(importId)).toEqual({ done: 40, total: 40, finished: true });
    // The poll answers the same from the database.
    expect(await api.anonymous().rosterImport.progress({ importId })).toEqual({
      done: 40,
      total: 40,
      finished: true,
    });
  });

  it("clears out old finished and abandoned entries when an import starts", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const oldFinished = randomUUID();
    const abandoned = randomUUID();
    const recent = randomUUID();
    await reader.db.execute(sql`
      insert into roster_import_progress (import_id, done, total, finished, updated_at) values
        (${oldFinished}, 5, 5, true, now() - interval '10 minutes'),
        (${abandoned}, 1, 5, false, now() - interval '2 hours'),
        (${recent}, 5, 5, true, now() - interval '1 minute')`);
    // The same files again: nothing to write, but the import still starts its entry.
    await admin.rosterImport.importFiles({ files, importId: randomUUID(), skipBadRows: true });
    expect(await progressSeen(oldFinished)).toBeUndefined();
    expect(await progressSeen(abandoned)).toBeUndefined();
    expect(await progressSeen(recent)).toEqual({ done: 5, total: 5, finished: true });
  });
});
