import type { Query, SQL } from "drizzle-orm";
import type { PgColumn, SelectedFieldsOrdered } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";

/** A flat selection, as `select({...})` takes it: each answer field a column or an expression. */
type FlatSelection = Record<string, PgColumn | SQL | SQL.Aliased>;

/** What a prebuilt select is made of: its SQL with placeholders and what each answer column is. */
interface BuiltSelect<Row> {
  /** From drizzle's `QueryBuilder` with `sql.placeholder(…)` where the values go. */
  query: { toSQL(): Query; _: { result: Row[] } };
  selection: FlatSelection;
}

/**
 * A select whose SQL text drizzle builds once per process instead of on every call, run in the
 * caller's transaction with the values of its placeholders and its answer decoded as drizzle
 * decodes a select's (dates, numbers, nulls). For a hot page's statement that is large (laterals,
 * subqueries): building its text walked the same query tree on every request and took about a
 * quarter of node's time for the teacher's home. On PostgreSQL the statement is also prepared
 * (`tenant-transaction.ts`), so PostgreSQL keeps its plan per connection.
 */
export function prebuiltSelect<Row, Values extends Record<string, unknown>>(
  name: string,
  build: () => BuiltSelect<Row>,
): (tx: Transaction, values: Values) => Promise<Row[]> {
  let built: { query: Query; fields: SelectedFieldsOrdered } | undefined;
  return (tx, values) => {
    if (!built) {
      const { query, selection } = build();
      // As drizzle orders a flat selection's fields for its answer mapping (one path per key).
      const fields: SelectedFieldsOrdered = Object.entries(selection).map(([key, field]) => ({
        path: [key],
        field,
      }));
      built = { query: query.toSQL(), fields };
    }
    return tx._.session
      .prepareQuery<{ execute: Row[]; all: unknown; values: unknown }>(
        built.query,
        built.fields,
        name,
        true,
      )
      .execute(values);
  };
}
