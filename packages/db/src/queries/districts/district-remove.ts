import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database, Transaction } from "../../client.ts";
import { district, person, ssoProvider, user } from "../../schema/index.ts";

export type DistrictRemoval =
  | { removed: false }
  | { removed: true; name: string; tables: number; logins: number };

/**
 * Deletes a district and everything of it in one transaction: every tenant table's rows (the
 * tables are read from the catalog, so a table added later is not forgotten), its SSO
 * providers, its people's sign-ins (an email belongs to one person in one district, so those
 * logins, their accounts and sessions are this district's alone) and the district itself.
 * Files its people uploaded stay in storage.
 */
export function removeDistrict(db: Database, slug: string): Promise<DistrictRemoval> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: district.id, name: district.name })
      .from(district)
      .where(eq(district.slug, slug));
    if (!found) return { removed: false };
    // Tenant tables hold even their owner to the district in app.district_id.
    await tx.execute(sql`select set_config('app.district_id', ${found.id}, true)`);
    const userIds = (
      await tx
        .select({ userId: person.userId })
        .from(person)
        .where(and(eq(person.districtId, found.id), isNotNull(person.userId)))
    ).flatMap((row) => (row.userId ? [row.userId] : []));
    const tables = await tenantTables(tx);
    await deleteReferencingFirst(tx, tables, found.id);
    await tx.delete(ssoProvider).where(eq(ssoProvider.organizationId, found.id));
    // Accounts and sessions go with their user (on delete cascade).
    if (userIds.length > 0) await tx.delete(user).where(inArray(user.id, userIds));
    await tx.delete(district).where(eq(district.id, found.id));
    return { removed: true, name: found.name, tables: tables.length, logins: userIds.length };
  });
}

/** Every table of the schema keyed by district_id, besides the district table itself. */
async function tenantTables(tx: Transaction): Promise<string[]> {
  const result: unknown = await tx.execute(
    sql`select c.table_name from information_schema.columns c
        join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'district_id'
          and t.table_type = 'BASE TABLE' and c.table_name <> 'district'
        order by c.table_name`,
  );
  // PGlite answers { rows }, postgres.js an array of rows.
  const rows: unknown = Array.isArray(result)
    ? result
    : result && typeof result === "object" && "rows" in result
      ? result.rows
      : [];
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) =>
    row && typeof row === "object" && "table_name" in row && typeof row.table_name === "string"
      ? [row.table_name]
      : [],
  );
}

/**
 * Deletes the district's rows table by table; a table whose rows another table still refers to
 * is rolled back to its savepoint and tried again after the others, until all are empty.
 */
async function deleteReferencingFirst(
  tx: Transaction,
  tables: string[],
  districtId: string,
): Promise<void> {
  let pending = tables;
  while (pending.length > 0) {
    const blocked: string[] = [];
    for (const table of pending) {
      try {
        await tx.transaction((savepoint) =>
          savepoint.execute(
            sql`delete from ${sql.identifier(table)} where district_id = ${districtId}`,
          ),
        );
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error;
        blocked.push(table);
      }
    }
    if (blocked.length === pending.length) {
      throw new Error(`Could not delete from ${blocked.join(", ")}: rows refer to each other.`);
    }
    pending = blocked;
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  for (let current = error; current instanceof Object; ) {
    if ("code" in current && current.code === "23503") return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}
