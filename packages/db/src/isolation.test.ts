import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "./client.ts";
import { findPersonForUser } from "./identity.ts";
import { district, person, school, team, user } from "./schema/index.ts";
import { demoPeople } from "./seed/demo-logins.ts";
import { APP_ROLE, withTenant } from "./tenant.ts";
import { createTestDatabase, errorMessages, membershipFor, rawRows } from "./testing.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
});
afterAll(() => handle.close());

describe("tenant isolation", () => {
  let maple: string;
  let cedar: string;
  let tenantTables: string[];

  beforeAll(async () => {
    const districts = await handle.db.select().from(district);
    maple = districts.find((d) => d.slug === "maple-valley")?.id ?? "";
    cedar = districts.find((d) => d.slug === "cedar-ridge")?.id ?? "";
    const tables = await rawRows<{ name: string }>(
      handle.db,
      sql`select c.relname as name from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid
        where n.nspname = 'public' and c.relkind = 'r' and a.attname = 'district_id'
        order by 1`,
    );
    tenantTables = tables.map((t) => t.name);
  });

  test("both districts are seeded", () => {
    expect(maple).not.toBe("");
    expect(cedar).not.toBe("");
  });

  test("inside a district, every tenant table shows only that district's rows", async () => {
    for (const own of [maple, cedar]) {
      const seen = await withTenant(handle.db, own, async (tx) => {
        const found: { table: string; districtId: string }[] = [];
        for (const table of tenantTables) {
          const rows = await rawRows<{ district_id: string }>(
            tx,
            sql`select distinct district_id from ${sql.identifier(table)}`,
          );
          for (const row of rows) found.push({ table, districtId: row.district_id });
        }
        return found;
      });
      expect(seen.filter((row) => row.districtId !== own)).toEqual([]);
      expect(seen.some((row) => row.districtId === own)).toBe(true);
    }
  });

  test("a row of another district cannot be read even by its id", async () => {
    const [cedarPerson] = await withTenant(handle.db, cedar, (tx) =>
      tx.select({ id: person.id }).from(person).limit(1),
    );
    const seenFromMaple = await withTenant(handle.db, maple, (tx) =>
      tx
        .select()
        .from(person)
        .where(eq(person.id, cedarPerson?.id ?? "")),
    );
    expect(cedarPerson).toBeDefined();
    expect(seenFromMaple).toEqual([]);
  });

  test("queries run as the application role, not the owner", async () => {
    const [row] = await withTenant(handle.db, maple, (tx) =>
      rawRows<{ role: string }>(tx, sql`select current_user as role`),
    );
    expect(row?.role).toBe(APP_ROLE);
  });

  test("with no district set, tenant tables return no rows", async () => {
    const counts = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
      const found: number[] = [];
      for (const table of tenantTables) {
        const [row] = await rawRows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from ${sql.identifier(table)}`,
        );
        found.push(row?.n ?? -1);
      }
      return found;
    });
    expect(counts.length).toBe(tenantTables.length);
    expect(counts.every((n) => n === 0)).toBe(true);
  });

  test("writing a row into another district is refused", async () => {
    const attempt = withTenant(handle.db, maple, (tx) =>
      tx.insert(school).values({ districtId: cedar, name: "Smuggled School" }),
    );
    await expect(attempt).rejects.toSatisfy((error) =>
      errorMessages(error).includes("row-level security"),
    );
  });

  test("moving a row into another district is refused", async () => {
    const attempt = withTenant(handle.db, maple, (tx) =>
      tx.update(school).set({ districtId: cedar }),
    );
    await expect(attempt).rejects.toSatisfy((error) =>
      errorMessages(error).includes("row-level security"),
    );
  });

  test("a composite foreign key cannot point at another district's row", async () => {
    const [cedarSchool] = await withTenant(handle.db, cedar, (tx) =>
      tx.select({ id: school.id }).from(school).limit(1),
    );
    const cedarSchoolId = cedarSchool?.id ?? "";
    // As the application role...
    const asApp = withTenant(handle.db, maple, (tx) =>
      tx.insert(team).values({
        districtId: maple,
        schoolId: cedarSchoolId,
        name: "Cross-district team",
        kind: "plc",
      }),
    );
    await expect(asApp).rejects.toSatisfy((error) =>
      errorMessages(error).includes("team_school_fk"),
    );
    // ...and even as the owner, where row-level security does not apply.
    const asOwner = handle.db.insert(team).values({
      districtId: maple,
      schoolId: cedarSchoolId,
      name: "Cross-district team",
      kind: "plc",
    });
    await expect(asOwner).rejects.toSatisfy((error) =>
      errorMessages(error).includes("team_school_fk"),
    );
  });
});

describe("identity lookup before a district is known", () => {
  test("finds the district and person of a user in either district", async () => {
    const teacher = await membershipFor(handle.db, demoPeople.teacher.email);
    const cedarCoach = await membershipFor(handle.db, demoPeople.cedarRidgeCoach.email);
    const districts = await handle.db.select().from(district);
    const slugOf = (id: string) => districts.find((d) => d.id === id)?.slug;
    expect(slugOf(teacher.districtId)).toBe("maple-valley");
    expect(slugOf(cedarCoach.districtId)).toBe("cedar-ridge");
  });

  test("works for the application role, which cannot read person directly", async () => {
    const [teacherUser] = await handle.db
      .select({ id: user.id })
      .from(user)
      .where(eq(user.email, demoPeople.teacher.email));
    const found = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
      return findPersonForUser(tx, teacherUser?.id ?? "");
    });
    expect(found?.personId).toMatch(/^[0-9a-f-]{36}$/);
  });

  // Last: it deactivates the demo teacher.
  test("returns null for an unknown user and for an inactive person", async () => {
    expect(await findPersonForUser(handle.db, randomUUID())).toBeNull();
    const teacher = await membershipFor(handle.db, demoPeople.teacher.email);
    await withTenant(handle.db, teacher.districtId, (tx) =>
      tx.update(person).set({ active: false }).where(eq(person.id, teacher.personId)),
    );
    await expect(membershipFor(handle.db, demoPeople.teacher.email)).rejects.toThrow(
      "No active person",
    );
  });
});
