import type { AuditFields } from "@throughline/domain/audit";
import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { person } from "../../schema/index.ts";
import { rolesOfPerson } from "../people/person-roles.ts";

/*
 * A record's fields as the audit log compares them before and after a change: plain values
 * people can read (a school's name, not its id), never anything secret.
 */

export interface PersonSnapshot {
  fields: AuditFields;
  /** The schools the person holds roles at, so the entry can belong to one. */
  schoolIds: string[];
}

export async function personSnapshot(
  tx: Transaction,
  params: { personId: string },
): Promise<PersonSnapshot | null> {
  const [found] = await tx
    .select({ displayName: person.displayName, email: person.email, active: person.active })
    .from(person)
    .where(eq(person.id, params.personId))
    .limit(1);
  if (!found) return null;
  const roles = await rolesOfPerson(tx, params.personId);
  return {
    fields: {
      displayName: found.displayName,
      email: found.email,
      active: found.active,
      // Sorted as text, so the same roles always compare equal.
      roles: roles
        .map((entry) => (entry.schoolName ? `${entry.role} at ${entry.schoolName}` : entry.role))
        .sort(),
    },
    schoolIds: [...new Set(roles.flatMap((entry) => (entry.schoolId ? [entry.schoolId] : [])))],
  };
}

/** Columns every row has that say nothing about the change itself. */
const bookkeeping = ["district_id", "id", "created_at", "updated_at"];

/**
 * One row as JSON (its columns by their database names), for a generic before-and-after; null
 * when there is no such row in the district.
 */
export async function rowSnapshot(
  tx: Transaction,
  params: { table: PgTable; id: string },
): Promise<AuditFields | null> {
  const result: unknown = await tx.execute(
    sql`select to_jsonb(t.*) as row from ${params.table} as t where t.id = ${params.id}`,
  );
  // PGlite answers { rows }, postgres.js an array of rows.
  const rows: unknown = Array.isArray(result)
    ? result
    : result && typeof result === "object" && "rows" in result
      ? result.rows
      : [];
  const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
  if (!first || typeof first !== "object" || !("row" in first)) return null;
  const row = first.row as AuditFields;
  return Object.fromEntries(
    Object.entries(row).filter(([column]) => !bookkeeping.includes(column)),
  );
}
