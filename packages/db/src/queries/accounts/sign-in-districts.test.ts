import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { district, person, session, user } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, rawRows } from "../../testing.ts";
import { findSessionViewer } from "./session-viewer.ts";
import { chooseSessionDistrict, listSignInDistricts } from "./sign-in-districts.ts";

/*
 * One sign-in, people in two districts (a regional coach): the session opens the district it
 * chose, asks when it has chosen none, and one district cannot move or end what the other uses.
 */

let handle: DatabaseHandle;
let maple: string;
let cedar: string;
/** The Cedar Ridge coach's sign-in, also given a person in Maple Valley. */
let userId: string;
let cedarPersonId: string;
let maplePersonId: string;

async function districtId(slug: string): Promise<string> {
  const [found] = await handle.db
    .select({ id: district.id })
    .from(district)
    .where(eq(district.slug, slug));
  if (!found) throw new Error(`No ${slug} district.`);
  return found.id;
}

/** A session for the user, as Better Auth would write it. */
async function newSession(): Promise<{ id: string; token: string }> {
  const created = { id: randomUUID(), token: randomUUID() };
  await handle.db
    .insert(session)
    .values({ ...created, userId, expiresAt: new Date(Date.now() + 86_400_000) });
  return created;
}

async function setActive(districtOf: string, personId: string, active: boolean) {
  await withTenant(handle.db, districtOf, (tx) =>
    tx.update(person).set({ active }).where(eq(person.id, personId)),
  );
}

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  maple = await districtId("maple-valley");
  cedar = await districtId("cedar-ridge");
  const [coach] = await rawRows<{ id: string }>(
    handle.db,
    sql`select id from "user" where email = 'coach@cedarridge.test'`,
  );
  if (!coach) throw new Error("No Cedar Ridge coach.");
  userId = coach.id;
  const [membership] = await rawRows<{ person_id: string }>(
    handle.db,
    sql`select person_id::text from identity_membership(${userId})`,
  );
  if (!membership) throw new Error("The coach has no person.");
  cedarPersonId = membership.person_id;
  const [added] = await withTenant(handle.db, maple, (tx) =>
    tx
      .insert(person)
      .values({
        districtId: maple,
        displayName: "Regional Coach",
        email: "coach@cedarridge.test",
        userId,
      })
      .returning({ id: person.id }),
  );
  if (!added) throw new Error("The Maple Valley person was not added.");
  maplePersonId = added.id;
});
afterAll(() => handle.close());

describe("a sign-in in two districts", () => {
  test("lists both districts, by name, with the person's name in each", async () => {
    const districts = await listSignInDistricts(handle.db, userId);
    expect(districts.map((d) => d.districtId)).toEqual([cedar, maple]);
    expect(districts[1]).toMatchObject({
      districtName: "Maple Valley Unified",
      personName: "Regional Coach",
    });
  });

  test("a session that has chosen no district has no viewer and is asked to choose", async () => {
    const { token } = await newSession();
    const found = await findSessionViewer(handle.db, token);
    expect(found).toMatchObject({ userId, viewer: null, chooseDistrict: true });
  });

  test("a session opens the district it chooses, and another session keeps its own", async () => {
    const first = await newSession();
    const second = await newSession();
    expect(
      await chooseSessionDistrict(handle.db, { sessionId: first.id, userId, districtId: maple }),
    ).toBe(true);
    expect(
      await chooseSessionDistrict(handle.db, { sessionId: second.id, userId, districtId: cedar }),
    ).toBe(true);
    const inMaple = await findSessionViewer(handle.db, first.token);
    const inCedar = await findSessionViewer(handle.db, second.token);
    expect(inMaple?.viewer?.person.id).toBe(maplePersonId);
    expect(inMaple?.viewer?.district.id).toBe(maple);
    expect(inCedar?.viewer?.person.id).toBe(cedarPersonId);
    expect(inMaple?.chooseDistrict).toBe(false);
  });

  test("a district without a person of the user, or another user's session, cannot be chosen", async () => {
    const own = await newSession();
    const elsewhere = randomUUID();
    await handle.db
      .insert(district)
      .values({ id: elsewhere, name: "Elsewhere", slug: `elsewhere-${elsewhere}` });
    expect(
      await chooseSessionDistrict(handle.db, { sessionId: own.id, userId, districtId: elsewhere }),
    ).toBe(false);
    const [other] = await rawRows<{ id: string }>(
      handle.db,
      sql`select id from "user" where id <> ${userId} limit 1`,
    );
    if (!other) throw new Error("No other user.");
    expect(
      await chooseSessionDistrict(handle.db, {
        sessionId: own.id,
        userId: other.id,
        districtId: maple,
      }),
    ).toBe(false);
    expect((await findSessionViewer(handle.db, own.token))?.chooseDistrict).toBe(true);
  });

  test("with the chosen district's person inactive, the session falls back to the only active one", async () => {
    const chosen = await newSession();
    await chooseSessionDistrict(handle.db, { sessionId: chosen.id, userId, districtId: maple });
    await setActive(maple, maplePersonId, false);
    try {
      const found = await findSessionViewer(handle.db, chosen.token);
      expect(found?.viewer?.district.id).toBe(cedar);
      expect(found?.chooseDistrict).toBe(false);
      expect((await listSignInDistricts(handle.db, userId)).map((d) => d.districtId)).toEqual([
        cedar,
      ]);
    } finally {
      await setActive(maple, maplePersonId, true);
    }
  });

  test("one district's admin changing the person's email leaves the shared sign-in's address", async () => {
    await withTenant(handle.db, maple, async (tx) => {
      await tx
        .update(person)
        .set({ email: "taken.over@example.test" })
        .where(eq(person.id, maplePersonId));
      const [followed] = await rawRows<{ followed: boolean }>(
        tx,
        sql`select follow_person_sign_in(${maplePersonId}) as followed`,
      );
      expect(followed?.followed).toBe(false);
      await tx
        .update(person)
        .set({ email: "coach@cedarridge.test" })
        .where(eq(person.id, maplePersonId));
    });
    const [signIn] = await handle.db
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, userId));
    expect(signIn?.email).toBe("coach@cedarridge.test");
  });

  test("deactivating the person in one district ends only the sessions that could open it", async () => {
    const inCedar = await newSession();
    const inMaple = await newSession();
    const unchosen = await newSession();
    await chooseSessionDistrict(handle.db, { sessionId: inCedar.id, userId, districtId: cedar });
    await chooseSessionDistrict(handle.db, { sessionId: inMaple.id, userId, districtId: maple });
    const [ended] = await withTenant(handle.db, maple, (tx) =>
      rawRows<{ ended: number }>(tx, sql`select sign_out_person(${maplePersonId}) as ended`),
    );
    expect(Number(ended?.ended)).toBeGreaterThanOrEqual(2);
    expect(await findSessionViewer(handle.db, inMaple.token)).toBeNull();
    expect(await findSessionViewer(handle.db, unchosen.token)).toBeNull();
    expect((await findSessionViewer(handle.db, inCedar.token))?.viewer?.district.id).toBe(cedar);
  });
});

describe("unique keys", () => {
  test("every unique index of a tenant table includes district_id, so the schema stays distributable", async () => {
    const rows = await rawRows<{ index_name: string; table_name: string }>(
      handle.db,
      sql`select i.relname as index_name, t.relname as table_name
          from pg_index x
          join pg_class i on i.oid = x.indexrelid
          join pg_class t on t.oid = x.indrelid
          join pg_namespace n on n.oid = t.relnamespace
          where n.nspname = 'public' and x.indisunique
            and exists (select 1 from pg_attribute a
                        where a.attrelid = t.oid and a.attname = 'district_id' and not a.attisdropped)
            and not exists (select 1 from pg_attribute a
                            where a.attrelid = t.oid and a.attname = 'district_id'
                              and a.attnum = any(x.indkey))`,
    );
    expect(rows).toEqual([]);
  });
});
