import type { ValidRatingRow } from "@throughline/domain/ratings-import";
import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Transaction } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { insertImportedRatings } from "../observations/ratings-import.ts";

/*
 * The impact report's observed levels (`observed_level_day`, kept by migrations 0030 and 0038)
 * hold evaluation data only: published, rated walkthroughs and evaluation ratings imported from
 * another system, the higher level when a day has several. Ratings go in through the import's own
 * query; the kept rows are then compared with the same levels worked out here, in TypeScript,
 * from the raw rows of every seeded teacher. Coaching observations never enter.
 */

const admin = seededLoginPerFile(demoPeople.admin.email);

interface LevelRow {
  personId: string;
  indicatorId: string;
  day: string;
  rank: number;
}

const keyOf = (row: LevelRow) => `${row.personId} ${row.indicatorId} ${row.day}`;

async function keptLevels(tx: Transaction): Promise<string[]> {
  const rows = await rawRows<LevelRow>(
    tx,
    sql`select person_id as "personId", indicator_id as "indicatorId",
        observed_on::text as day, level_rank as rank from observed_level_day`,
  );
  return rows.map((row) => `${keyOf(row)} ${row.rank}`).sort();
}

/** Every teacher's level per indicator and day, from walkthroughs and imported ratings. */
async function expectedLevels(tx: Transaction): Promise<string[]> {
  const walkthroughs = await rawRows<LevelRow & { kind: string; status: string }>(
    tx,
    sql`select o.teacher_id as "personId", r.indicator_id as "indicatorId",
        o.observed_on::text as day, r.level_rank as rank, o.kind, o.status
      from observation o
      join observation_rating r on r.district_id = o.district_id and r.observation_id = o.id
      where r.level_rank is not null`,
  );
  const imported = await rawRows<LevelRow>(
    tx,
    sql`select person_id as "personId", indicator_id as "indicatorId",
        rated_on::text as day, level_rank as rank from imported_rating`,
  );
  const best = new Map<string, number>();
  const evaluationData = [
    ...walkthroughs.filter((row) => row.kind === "walkthrough" && row.status === "published"),
    ...imported,
  ];
  for (const row of evaluationData) {
    const key = keyOf(row);
    best.set(key, Math.max(best.get(key) ?? row.rank, row.rank));
  }
  return [...best].map(([key, rank]) => `${key} ${rank}`).sort();
}

async function teachers(tx: Transaction): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(
    tx,
    sql`select distinct person_id as id from role_membership where role = 'teacher'
      order by 1`,
  );
  return rows.map((row) => row.id);
}

async function indicatorIds(tx: Transaction): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(tx, sql`select id from indicator order by code`);
  return rows.map((row) => row.id);
}

describe("observed levels from imported evaluation ratings", () => {
  test("the seeded district's kept levels already hold its imported ratings", async () => {
    await admin.rolledBack(async (tx) => {
      const [{ count } = { count: 0 }] = await rawRows<{ count: number }>(
        tx,
        sql`select count(*)::int as count from imported_rating`,
      );
      expect(count).toBeGreaterThan(0);
      expect(await keptLevels(tx)).toEqual(await expectedLevels(tx));
    });
  });

  test("importing, correcting and deleting ratings keeps every teacher's levels", async () => {
    await admin.rolledBack(async (tx) => {
      const people = await teachers(tx);
      const [first, second] = await indicatorIds(tx);
      expect(people.length).toBeGreaterThan(3);
      if (!first || !second) throw new Error("The seeded framework has too few indicators.");
      // Every teacher rated on two days; on the first day twice on one indicator (two sources),
      // so the day keeps the higher level.
      const rows: ValidRatingRow[] = people
        .flatMap((personId, index) => [
          { line: 1, personId, indicatorId: first, levelRank: index % 2, ratedOn: "2031-09-10" },
          { line: 2, personId, indicatorId: first, levelRank: 2, ratedOn: "2031-09-10" },
          { line: 3, personId, indicatorId: second, levelRank: index % 4, ratedOn: "2032-03-20" },
        ])
        .map((row, index) => ({
          ...row,
          line: index + 2,
          source: row.line === 2 ? "Spring evaluation" : "Fall evaluation",
        }));
      const inserted = await insertImportedRatings(tx, {
        districtId: admin.districtId,
        importedById: admin.personId,
        rows,
      });
      expect(inserted).toBe(rows.length);
      const kept = await keptLevels(tx);
      expect(kept).toEqual(await expectedLevels(tx));
      for (const personId of people) {
        expect(kept).toContain(`${personId} ${first} 2031-09-10 2`);
        expect(kept).toContain(`${personId} ${second} 2032-03-20 ${people.indexOf(personId) % 4}`);
      }

      // Importing the same file again changes nothing.
      await insertImportedRatings(tx, {
        districtId: admin.districtId,
        importedById: admin.personId,
        rows,
      });
      expect(await keptLevels(tx)).toEqual(kept);

      await tx.execute(sql`update imported_rating set rated_on = '2032-03-21'
        where rated_on = '2032-03-20'`);
      const moved = await keptLevels(tx);
      expect(moved).toEqual(await expectedLevels(tx));
      expect(moved.some((row) => row.includes(" 2032-03-20 "))).toBe(false);

      await tx.execute(sql`delete from imported_rating where source = 'Spring evaluation'`);
      const afterDelete = await keptLevels(tx);
      expect(afterDelete).toEqual(await expectedLevels(tx));
      for (const personId of people) {
        const rank = people.indexOf(personId) % 2;
        expect(afterDelete).toContain(`${personId} ${first} 2031-09-10 ${rank}`);
      }
    });
  });

  test("a coaching observation never enters, beside an imported rating or alone", async () => {
    await admin.rolledBack(async (tx) => {
      const [teacherId] = await teachers(tx);
      const [indicatorId] = await indicatorIds(tx);
      const [coach] = await rawRows<{ id: string }>(
        tx,
        sql`select observer_id as id from observation where kind = 'coaching' limit 1`,
      );
      if (!teacherId || !indicatorId || !coach) throw new Error("The seed has no coaching.");
      await insertImportedRatings(tx, {
        districtId: admin.districtId,
        importedById: admin.personId,
        rows: [
          { line: 2, personId: teacherId, indicatorId, levelRank: 0, ratedOn: "2031-05-06" },
        ].map((row) => ({ ...row, source: "Fall evaluation" })),
      });
      for (const day of ["2031-05-06", "2031-05-07"]) {
        const [visit] = await rawRows<{ id: string }>(
          tx,
          sql`insert into observation (district_id, teacher_id, observer_id, kind, observed_on,
              status, published_at, shared_with_leaders_at)
            values (${admin.districtId}, ${teacherId}, ${coach.id}, 'coaching', ${day},
              'published', now(), now())
            returning id`,
        );
        await tx.execute(sql`insert into observation_rating (district_id, observation_id,
            indicator_id, level_rank)
          values (${admin.districtId}, ${visit?.id}, ${indicatorId},
            (select max(rank) from observation_level))`);
      }
      const kept = await keptLevels(tx);
      expect(kept).toEqual(await expectedLevels(tx));
      // The imported day keeps the imported level, not the coaching visit's higher one.
      expect(kept).toContain(`${teacherId} ${indicatorId} 2031-05-06 0`);
      expect(kept.some((row) => row.startsWith(`${teacherId} ${indicatorId} 2031-05-07`))).toBe(
        false,
      );
    });
  });
});
