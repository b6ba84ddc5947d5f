import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { person, session } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, rawRows } from "../../testing.ts";
import { getTeacherHome, teacherHomePersonOf } from "../home-pages/teacher-home.ts";
import { getViewer } from "../people/viewer.ts";
import { findSessionViewer } from "./session-viewer.ts";

let handle: DatabaseHandle;
let people: { userId: string; personId: string; districtId: string; email: string }[];

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  const found = await rawRows<{ user_id: string; email: string }>(
    handle.db,
    sql`select id as user_id, email from "user" order by email`,
  );
  people = [];
  for (const row of found) {
    const [membership] = await rawRows<{ district_id: string; person_id: string }>(
      handle.db,
      sql`select district_id::text, person_id::text from identity_membership(${row.user_id})`,
    );
    if (!membership) continue;
    people.push({
      userId: row.user_id,
      personId: membership.person_id,
      districtId: membership.district_id,
      email: row.email,
    });
  }
});
afterAll(() => handle.close());

/** A session for a user, as Better Auth would write it; returns its token. */
async function sessionFor(userId: string): Promise<string> {
  const token = randomUUID();
  await handle.db.insert(session).values({
    id: randomUUID(),
    token,
    userId,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return token;
}

describe("findSessionViewer", () => {
  test("reads, in one statement, the viewer the three viewer queries read, for every person", async () => {
    expect(people.length).toBeGreaterThan(40);
    for (const who of people) {
      const token = await sessionFor(who.userId);
      const found = await findSessionViewer(handle.db, token);
      const expected = await withTenant(handle.db, who.districtId, (tx) => getViewer(tx, who));
      expect(found?.userId, who.email).toBe(who.userId);
      expect(found?.viewer, who.email).toEqual(expected);
    }
  });

  test("gives the same teacher home as the home's own person query, for every person", async () => {
    const now = new Date();
    for (const who of people) {
      await withTenant(handle.db, who.districtId, async (tx) => {
        const viewer = await getViewer(tx, who);
        if (!viewer) throw new Error(`${who.email} is not active.`);
        const queried = await getTeacherHome(tx, { personId: who.personId, now });
        const given = await getTeacherHome(tx, {
          personId: who.personId,
          now,
          person: teacherHomePersonOf(viewer),
        });
        expect(given, who.email).toEqual(queried);
      });
    }
  });

  test("knows no session by an unknown token, and no viewer for an inactive person", async () => {
    expect(await findSessionViewer(handle.db, "no-such-token")).toBeNull();
    const [who] = people;
    if (!who) throw new Error("No demo people.");
    const token = await sessionFor(who.userId);
    await withTenant(handle.db, who.districtId, (tx) =>
      tx.update(person).set({ active: false }).where(eq(person.id, who.personId)),
    );
    const found = await findSessionViewer(handle.db, token);
    expect(found).toMatchObject({ userId: who.userId, viewer: null });
    await withTenant(handle.db, who.districtId, (tx) =>
      tx.update(person).set({ active: true }).where(eq(person.id, who.personId)),
    );
  });

  test("leaves the district it reads in as it found it", async () => {
    const [who] = people;
    if (!who) throw new Error("No demo people.");
    const token = await sessionFor(who.userId);
    const [outside] = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select * from session_viewer(${token})`);
      return rawRows<{ district: string | null }>(
        tx,
        sql`select nullif(current_setting('app.district_id', true), '') as district`,
      );
    });
    expect(outside?.district ?? null).toBeNull();
    const otherDistrict = randomUUID();
    const [inside] = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.district_id', ${otherDistrict}, true)`);
      await tx.execute(sql`select * from session_viewer(${token})`);
      return rawRows<{ district: string }>(
        tx,
        sql`select current_setting('app.district_id') as district`,
      );
    });
    expect(inside?.district).toBe(otherDistrict);
  });
});
