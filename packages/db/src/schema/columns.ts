import type { PgColumn } from "drizzle-orm/pg-core";
import { foreignKey, index, integer, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/*
 * Column sets are functions, not shared objects, so that every table gets its own column
 * builders (drizzle names and configures builders per table).
 */

/** The tenant key every tenant table starts with: `(district_id, id)`. */
export function tenantColumns() {
  return {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    id: uuid().notNull().defaultRandom(),
  };
}

export function timestamps() {
  return {
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  };
}

/** An uploaded file's description; its bytes live in file storage under `storage_key`. */
export function storedFileColumns() {
  return {
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    storageKey: text().notNull(),
  };
}

interface TenantKeyColumns {
  districtId: PgColumn;
  id: PgColumn;
}

/** Primary key `(district_id, id)`: leading with the tenant lets the table be distributed by it. */
export function tenantPrimaryKey(table: TenantKeyColumns) {
  return primaryKey({ columns: [table.districtId, table.id] });
}

/**
 * A composite foreign key `(district_id, column) → target (district_id, id)`, so a row can only
 * point at rows of its own district. Named explicitly: generated names pass Postgres' 63-character
 * limit for the longer table names.
 */
export function tenantReference(
  name: string,
  districtId: PgColumn,
  column: PgColumn,
  target: TenantKeyColumns,
) {
  return foreignKey({
    name,
    columns: [districtId, column],
    foreignColumns: [target.districtId, target.id],
  });
}

/** An index on a tenant foreign key, led by district_id like every lookup inside a tenant. */
export function tenantIndex(name: string, districtId: PgColumn, column: PgColumn) {
  return index(name).on(districtId, column);
}

/**
 * A row that belongs to a row of `parent` and is deleted with it: the cascading tenant foreign
 * key `<name>_fk`, and the index `<name>_idx` that finds the parent's rows.
 */
export function tenantChildOf(
  name: string,
  districtId: PgColumn,
  column: PgColumn,
  parent: TenantKeyColumns,
) {
  return [
    tenantReference(`${name}_fk`, districtId, column, parent).onDelete("cascade"),
    tenantIndex(`${name}_idx`, districtId, column),
  ];
}
