import type { PGlite } from "@electric-sql/pglite";
import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
} from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { PgliteSession, PgliteTransaction } from "drizzle-orm/pglite/session";
import { PostgresJsSession, PostgresJsTransaction } from "drizzle-orm/postgres-js/session";
import type { ReservedSql, Sql, TransactionSql } from "postgres";
import type { Database, Schema, Transaction } from "./client.ts";

/** The non-owner role every tenant query runs as; created by the tenant_security migration. */
export const APP_ROLE = "throughline_app";

/** Opens a transaction already in a district: the role and district set with its `begin`. */
export type TenantBegin = <T>(
  districtId: string,
  fn: (tx: Transaction) => Promise<T>,
) => Promise<T>;

const tenantBegins = new WeakMap<Database, TenantBegin>();

/** The way `db` opens tenant transactions, when its driver has one (see `openDatabase`). */
export function tenantBeginOf(db: Database): TenantBegin | undefined {
  return tenantBegins.get(db);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement that puts a transaction in a district, with the values written in: it is sent
 * in the simple protocol together with `begin`, which takes no parameters. Only a UUID gets in.
 */
export function tenantSettingsSql(districtId: string): string {
  if (!UUID.test(districtId)) throw new Error("A district id is a UUID.");
  return `select set_config('role', '${APP_ROLE}', true), set_config('app.district_id', '${districtId.toLowerCase()}', true)`;
}

type Relations = ExtractTablesWithRelations<Schema>;

/** What drizzle builds for a database from its schema, so a transaction can be made by hand. */
function drizzleParts(schema: Schema) {
  const dialect = new PgDialect({ casing: "snake_case" });
  const tables = extractTablesRelationalConfig<Relations>(schema, createTableRelationsHelpers);
  const relational = {
    fullSchema: schema,
    schema: tables.tables,
    tableNamesMap: tables.tableNamesMap,
  };
  return { dialect, relational };
}

/**
 * PostgreSQL: `begin` and the tenant settings go to the server as one message on a reserved
 * connection (one round trip, where a drizzle transaction takes three: `begin`, then the
 * parameterised `set_config` described and executed). Savepoints work as in a drizzle
 * transaction; any error rolls the whole transaction back before the connection is released.
 */
export function registerPostgresTenantBegin(db: Database, client: Sql, schema: Schema): void {
  const { dialect, relational } = drizzleParts(schema);
  const begin: TenantBegin = async (districtId, fn) => {
    const opening = `begin; ${tenantSettingsSql(districtId)}`;
    const reserved = await client.reserve();
    // Sent, not waited for: the request's first statement follows it on the connection, in
    // the same write when it comes in the same tick, which saves a round trip per request.
    // PostgreSQL runs them in order; if the settings failed, the transaction is aborted and
    // every later statement refused, so nothing runs outside the district.
    const opened = reserved.unsafe(opening).then(() => undefined);
    // Awaited below; until then a refusal must not count as unhandled.
    opened.catch(() => undefined);
    try {
      const session = new PostgresJsSession<ReservedTransactionSql, Schema, Relations>(
        asTransactionSql(reserved),
        dialect,
        relational,
        {},
      );
      const tx = new PostgresJsTransaction<Schema, Relations>(dialect, session, relational);
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(tx);
        await opened;
      } catch (error) {
        await reserved.unsafe("rollback").catch(() => undefined);
        // A refused opening explains whatever failed after it.
        throw await opened.then(
          () => error,
          (openingError: unknown) => openingError,
        );
      }
      await reserved.unsafe("commit");
      return result;
    } finally {
      reserved.release();
    }
  };
  tenantBegins.set(db, begin);
}

/**
 * A reserved connection shaped like the `sql` postgres.js hands a `begin` scope, which is what
 * drizzle's transaction expects: savepoints (drizzle's nested transactions) and `prepare`
 * (two-phase commit, which nothing here uses).
 */
type ReservedTransactionSql = ReservedSql & Pick<TransactionSql, "savepoint" | "prepare">;

function asTransactionSql(reserved: ReservedSql): ReservedTransactionSql {
  let count = 0;
  async function savepoint<T>(
    nameOrFn: string | ((sql: TransactionSql) => Promise<T>),
    maybeFn?: (sql: TransactionSql) => Promise<T>,
  ): Promise<T> {
    const fn = typeof nameOrFn === "function" ? nameOrFn : maybeFn;
    if (!fn) throw new Error("A savepoint needs a function to run.");
    const name = `s${count++}`;
    await reserved.unsafe(`savepoint ${name}`);
    try {
      const result = await fn(client);
      await reserved.unsafe(`release savepoint ${name}`);
      return result;
    } catch (error) {
      await reserved.unsafe(`rollback to savepoint ${name}`);
      throw error;
    }
  }
  function prepare(): never {
    throw new Error("Two-phase commit is not used in tenant transactions.");
  }
  // Every statement of a tenant transaction is prepared: postgres.js names it by its text, once
  // per connection, so PostgreSQL parses and plans it once instead of on every request. Under row
  // security planning cost more than running for the dashboards' queries (10–19 ms against 5 ms
  // for a school's sessions); measured old and new alternating on 20,000 teachers at 8 callers,
  // a school's dashboard went from about 60 to 93 requests a second and the caseload from 92 to
  // 116. Set on the reserved connection, which lives for this one transaction; the overloads are
  // narrower than postgres.js declares, hence the cast.
  const unprepared = reserved.unsafe.bind(reserved);
  const unsafe: ReservedSql["unsafe"] = (query, parameters, options) =>
    unprepared(query, parameters, { ...options, prepare: true });
  const client = Object.assign(reserved, {
    savepoint,
    prepare,
    unsafe,
  }) as unknown as ReservedTransactionSql;
  return client;
}

/**
 * The embedded database: no network, but each extended-protocol query is five protocol calls
 * into the WebAssembly build; the settings go in one simple-protocol call right after `begin`.
 */
export function registerPgliteTenantBegin(db: Database, client: PGlite, schema: Schema): void {
  const { dialect, relational } = drizzleParts(schema);
  const begin: TenantBegin = (districtId, fn) => {
    const settings = tenantSettingsSql(districtId);
    return client.transaction(async (pgTx) => {
      await pgTx.exec(settings);
      const session = new PgliteSession(pgTx, dialect, relational, {});
      return fn(new PgliteTransaction<Schema, Relations>(dialect, session, relational));
    });
  };
  tenantBegins.set(db, begin);
}
