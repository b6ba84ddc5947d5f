import {
  coachingContentAccess,
  type ObservationViewer,
  observationAccess,
} from "@throughline/domain/rules/observation-access";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";
import { demoViewerOfEachKind } from "../../testing-seeded.ts";
import { coachesTeacher } from "../action-plans/plan-readers.ts";
import { listVisibleSelfAssessments } from "../self-assessment/self-assessments.ts";
import { visibleObservations, visibleSelfAssessments } from "./observation-visibility.ts";
import { loadObservationContent } from "./observations.ts";

/*
 * The SQL visibility layer against the domain rule: for every seeded observation and every
 * kind of seeded viewer, the access the SQL answers is the access `observationAccess` gives for
 * the viewer's relation, worked out here independently of the SQL under test.
 */

interface SeededObservation {
  id: string;
  teacher_id: string;
  observer_id: string;
  kind: "coaching" | "walkthrough";
  status: "draft" | "published";
  shared: boolean;
}

const viewers = [
  ...demoViewerOfEachKind,
  "theresa.lam@maplevalley.test", // a district coach facilitating a department team
];

let handle: DatabaseHandle;
let observations: SeededObservation[];

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  // One coaching observation shared with leaders, so the "shared" branch is walked too.
  await handle.db.execute(sql`
    update observation set shared_with_leaders_at = now()
    where id = (select id from observation where kind = 'coaching' and status = 'published'
                order by observed_on limit 1)`);
  observations = await rawRows<SeededObservation>(
    handle.db,
    sql`select o.id::text as id, o.teacher_id::text as teacher_id, o.observer_id::text as observer_id,
          o.kind::text as kind, o.status::text as status, o.shared_with_leaders_at is not null as shared
        from observation o join district d on d.id = o.district_id where d.slug = 'maple-valley'`,
  );
});
afterAll(() => handle.close());

/** The viewer's relation to the observation, by plain reads and the plan readers' coach rule. */
async function expectedRelation(
  viewerId: string,
  row: SeededObservation,
): Promise<ObservationViewer> {
  if (row.observer_id === viewerId) return "observer";
  if (row.teacher_id === viewerId) return "teacher";
  const districtId = (await membershipFor(handle.db, demoPeople.teacher.email)).districtId;
  const coaches = await withTenant(handle.db, districtId, (tx) =>
    coachesTeacher(tx, { coachId: viewerId, teacherId: row.teacher_id }),
  );
  if (coaches) return "supporting_coach";
  const roles = await rawRows<{ role: string; school_id: string | null }>(
    handle.db,
    sql`select role::text as role, school_id::text as school_id from role_membership where person_id = ${viewerId}`,
  );
  const schools = await rawRows<{ school_id: string }>(
    handle.db,
    sql`select t.school_id::text as school_id from team_member tm join team t on t.id = tm.team_id
          where tm.person_id = ${row.teacher_id}
        union select c.school_id::text from enrolment e join cohort c on c.id = e.cohort_id
          where e.person_id = ${row.teacher_id}
        union select school_id::text from role_membership
          where person_id = ${row.teacher_id} and role = 'teacher'`,
  );
  const teacherSchools = new Set(schools.map((school) => school.school_id));
  const leads = roles.some(
    (r) =>
      r.role === "district_admin" ||
      (r.role === "principal" && (r.school_id === null || teacherSchools.has(r.school_id))),
  );
  return leads ? "leader" : "other";
}

describe("visibleObservations agrees with observationAccess", () => {
  test("the seed has coaching, walkthrough, draft and shared observations", () => {
    const kinds = new Set(observations.map((row) => `${row.kind}/${row.status}`));
    expect(kinds).toEqual(
      new Set(["coaching/published", "coaching/draft", "walkthrough/published"]),
    );
    expect(observations.some((row) => row.shared)).toBe(true);
  });

  test.each(viewers)("for %s, every observation", async (email) => {
    const who = await membershipFor(handle.db, email);
    const answered = await withTenant(handle.db, who.districtId, async (tx) => {
      const visible = visibleObservations(tx, who.personId);
      return tx
        .select({ id: visible.id, access: visible.access, relation: visible.relation })
        .from(visible);
    });
    const byId = new Map(answered.map((row) => [row.id, row]));
    for (const row of observations) {
      const relation = await expectedRelation(who.personId, row);
      const expected = observationAccess(
        { kind: row.kind, status: row.status, sharedWithLeaders: row.shared },
        relation,
      );
      const got = byId.get(row.id);
      expect({ id: row.id, relation, access: got?.access ?? "none" }).toEqual({
        id: row.id,
        relation,
        access: expected,
      });
    }
  });

  test("facts-only rows carry no content, and their content query is empty", async () => {
    const who = await membershipFor(handle.db, demoPeople.principal.email);
    await withTenant(handle.db, who.districtId, async (tx) => {
      const visible = visibleObservations(tx, who.personId);
      const facts = await tx.select().from(visible).where(sql`${visible.access} = 'facts'`);
      expect(facts.length).toBeGreaterThan(0);
      for (const row of facts) {
        expect([row.reflection, row.classLabel, row.reflectedAt, row.acknowledgedAt]).toEqual([
          null,
          null,
          null,
          null,
        ]);
        const content = await loadObservationContent(tx, {
          viewerId: who.personId,
          observationId: row.id,
        });
        expect(content).toEqual({ ratings: [], notes: [], photos: [] });
      }
    });
  });
});

describe("visibleSelfAssessments agrees with coachingContentAccess", () => {
  let assessments: { id: string; teacher_id: string; shared: boolean }[];

  beforeAll(async () => {
    assessments = await rawRows(
      handle.db,
      sql`select s.id::text as id, s.teacher_id::text as teacher_id,
            s.shared_with_leaders_at is not null as shared
          from self_assessment s join district d on d.id = s.district_id
          where d.slug = 'maple-valley'`,
    );
  });

  test("the seed has shared and private self-assessments", () => {
    expect(assessments.some((row) => row.shared)).toBe(true);
    expect(assessments.some((row) => !row.shared)).toBe(true);
  });

  test.each(viewers)("for %s, every self-assessment", async (email) => {
    const who = await membershipFor(handle.db, email);
    const answered = await withTenant(handle.db, who.districtId, async (tx) => {
      const visible = visibleSelfAssessments(tx, who.personId);
      return tx.select({ id: visible.id, access: visible.access }).from(visible);
    });
    const byId = new Map(answered.map((row) => [row.id, row.access]));
    for (const row of assessments) {
      const relation = await expectedRelation(who.personId, {
        id: row.id,
        teacher_id: row.teacher_id,
        observer_id: "",
        kind: "coaching",
        status: "published",
        shared: row.shared,
      });
      if (relation === "observer") throw new Error("Nobody observes a self-assessment.");
      expect({ id: row.id, access: byId.get(row.id) ?? "none" }).toEqual({
        id: row.id,
        access: coachingContentAccess(relation, row.shared),
      });
    }
  });

  test("a principal and a district admin read no rating or note of a private one", async () => {
    for (const email of [demoPeople.principal.email, demoPeople.admin.email]) {
      const who = await membershipFor(handle.db, email);
      await withTenant(handle.db, who.districtId, async (tx) => {
        for (const row of assessments) {
          const seen = await listVisibleSelfAssessments(tx, {
            viewerId: who.personId,
            teacherId: row.teacher_id,
          });
          const mine = seen.find((item) => item.id === row.id);
          if (row.shared) expect(mine?.ratings.length).toBeGreaterThan(0);
          else expect(mine === undefined || mine.ratings.length === 0).toBe(true);
        }
      });
    }
  });
});
