import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashPassword } from "better-auth/crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database, DatabaseHandle } from "./client.ts";
import { openPglite } from "./client.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import { stageStatusesOf } from "./queries/enrolments/stage-order.ts";
import { loadEnrolmentProgress } from "./queries/enrolments/stage-progress.ts";
import { buildCedarRidge } from "./seed/cedar-ridge.ts";
import { DEMO_PASSWORD } from "./seed/demo-logins.ts";
import { buildMapleValley } from "./seed/maple-valley.ts";
import type { DistrictRows } from "./seed/rows.ts";
import { writeDistrict } from "./seed/write-district.ts";
import { withTenant } from "./tenant.ts";
import { rawRows } from "./testing.ts";

/*
 * Migration 0040 moves every district's one line of stages into a default program. This test
 * migrates a database to just before it, writes the demo districts as they were then (one line
 * of stages), reads every teacher's progress, applies 0040 and reads it again: nothing may move.
 */

const programsMigration = "0040_programs";
const now = new Date("2026-11-16T15:00:00Z");
let handle: DatabaseHandle;
let before: Map<string, unknown>;
let after: Map<string, unknown>;

beforeAll(async () => {
  handle = await openPglite("memory://");
  // Today's code names stage.program_id (the seed's inserts) and program (the progress query's
  // order, program first; later migrations' keys and functions): before 0040 neither is there,
  // so both stand in, empty, from just before 0040 while the later migrations run and the demo
  // is written and read. Empty, they change no row and no order; they go again before 0040.
  await migrateWith(handle.db, (tags) => tags.slice(0, tags.indexOf(programsMigration)));
  await handle.db.execute(sql`alter table stage add column program_id uuid`);
  await handle.db.execute(
    sql`create table program (district_id uuid, id uuid, position integer, title text,
          primary key (district_id, id))`,
  );
  await migrateWith(handle.db, (tags) => tags.filter((tag) => tag !== programsMigration));
  await handle.db.execute(sql`select secure_tenant_tables()`);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const rows of [buildMapleValley(passwordHash, now), buildCedarRidge(passwordHash, now)]) {
    await writeDistrict(handle.db, asBeforePrograms(rows));
  }
  before = await everyTeachersProgress(handle.db);
  // Later migrations' keys to the stand-in go with it: only progress is compared here.
  await handle.db.execute(sql`alter table stage drop column program_id cascade`);
  await handle.db.execute(sql`drop table program cascade`);
  await applyMigration(handle.db, programsMigration);
  await handle.db.execute(sql`select secure_tenant_tables()`);
  after = await everyTeachersProgress(handle.db);
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe("migration 0040: programs", () => {
  test("every teacher's progress reads the same before and after", () => {
    expect(before.size).toBe(2);
    for (const [slug, progress] of before) {
      expect(after.get(slug), slug).toEqual(progress);
    }
  });

  test("the demo had progress to compare: many teachers, every status", () => {
    const maple = before.get("maple-valley") as { enrolments: { status: string }[] };
    expect(maple.enrolments.length).toBeGreaterThan(30);
    expect(new Set(maple.enrolments.map((row) => row.status)).size).toBeGreaterThanOrEqual(4);
  });

  test("each district has one program, 'Instructional framework', holding every stage in order", async () => {
    const rows = await rawRows<{ slug: string; title: string; position: number; stages: string }>(
      handle.db,
      sql`select d.slug, p.title, p.position,
            string_agg(s.position::text, ',' order by s.position) as stages
          from district d join program p on p.district_id = d.id
          join stage s on s.district_id = p.district_id and s.program_id = p.id
          group by d.slug, p.title, p.position order by d.slug`,
    );
    expect(rows).toEqual([
      { slug: "cedar-ridge", title: "Instructional framework", position: 1, stages: "1,2,3" },
      { slug: "maple-valley", title: "Instructional framework", position: 1, stages: "1,2,3" },
    ]);
    const [unplaced] = await rawRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from stage where program_id is null`,
    );
    expect(unplaced?.n).toBe(0);
  });
});

/**
 * Runs the migrator over a copy of the migrations folder whose journal keeps only the tags
 * `choose` picks; those already applied are skipped, as the migrator always does.
 */
async function migrateWith(db: Database, choose: (tags: string[]) => string[]): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "throughline-migrations-"));
  try {
    await cp(migrationsFolder, folder, { recursive: true });
    const journalPath = join(folder, "meta", "_journal.json");
    const journal = JSON.parse(await readFile(journalPath, "utf8")) as {
      entries: { tag: string }[];
    };
    const kept = new Set(choose(journal.entries.map((entry) => entry.tag)));
    journal.entries = journal.entries.filter((entry) => kept.has(entry.tag));
    await writeFile(journalPath, JSON.stringify(journal));
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as Parameters<typeof migrate>[0], { migrationsFolder: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Runs one committed migration's statements, as the migrator does. */
async function applyMigration(db: Database, tag: string): Promise<void> {
  const text = await readFile(join(migrationsFolder, `${tag}.sql`), "utf8");
  await db.transaction(async (tx) => {
    for (const statement of text.split("--> statement-breakpoint")) {
      if (statement.trim()) await tx.execute(sql.raw(statement));
    }
  });
}

/**
 * The demo as it was before programs: the framework's one line of stages and everything in
 * it; the later programs' stages, sessions, cohorts, enrolments and progress left out.
 */
function asBeforePrograms(rows: DistrictRows): DistrictRows {
  const t = rows.tenant;
  const framework = t.programs[0]?.id;
  const laterStages = new Set(t.stages.filter((s) => s.programId !== framework).map((s) => s.id));
  const laterSessions = new Set(
    t.sessions.filter((s) => laterStages.has(s.stageId)).map((s) => s.id),
  );
  const laterCohorts = new Set(
    t.cohorts.filter((c) => laterStages.has(c.stageId)).map((c) => c.id),
  );
  return {
    ...rows,
    tenant: {
      ...t,
      programs: [],
      programRequirements: [],
      stages: t.stages
        .filter((s) => !laterStages.has(s.id))
        .map(({ programId: _programId, ...stage }) => ({
          ...stage,
          programId: undefined as never,
        })),
      sessions: t.sessions.filter((s) => !laterSessions.has(s.id ?? "")),
      contentBlocks: t.contentBlocks.filter((b) => !laterSessions.has(b.sessionId)),
      sessionIndicators: t.sessionIndicators.filter((i) => !laterSessions.has(i.sessionId)),
      progress: t.progress.filter((p) => !laterSessions.has(p.sessionId)),
      cohorts: t.cohorts.filter((c) => !laterCohorts.has(c.id ?? "")),
      sessionReleases: t.sessionReleases.filter((r) => !laterCohorts.has(r.cohortId)),
      enrolments: t.enrolments.filter((e) => !laterCohorts.has(e.cohortId)),
    },
  };
}

/** Per district: every teacher's enrolments with their progress, status per stage and sessions. */
async function everyTeachersProgress(db: Database): Promise<Map<string, unknown>> {
  const districts = await rawRows<{ id: string; slug: string }>(
    db,
    sql`select id::text as id, slug from district order by slug`,
  );
  const byDistrict = new Map<string, unknown>();
  for (const { id, slug } of districts) {
    byDistrict.set(
      slug,
      await withTenant(db, id, async (tx) => {
        const teachers = await rawRows<{ id: string }>(
          tx,
          sql`select distinct person_id::text as id from role_membership
              where role = 'teacher' order by 1`,
        );
        const personIds = teachers.map((row) => row.id);
        const enrolments = await loadEnrolmentProgress(tx, { personIds, now });
        const statuses = await stageStatusesOf(tx, { personIds, now });
        const sessions = await rawRows<{ personId: string; sessionId: string; done: boolean }>(
          tx,
          sql`select person_id::text as "personId", session_id::text as "sessionId",
                completed_at is not null as done
              from micropd_progress order by 1, 2`,
        );
        return {
          // Which program an enrolment is in is what 0040 adds (the last test checks it).
          enrolments: enrolments
            .map(({ programId: _id, programPosition: _position, ...rest }) => rest)
            .sort((a, b) => a.enrolmentId.localeCompare(b.enrolmentId)),
          statuses: [...statuses].map(([person, map]) => [person, [...map].sort()]),
          sessions,
        };
      }),
    );
  }
  return byDistrict;
}
