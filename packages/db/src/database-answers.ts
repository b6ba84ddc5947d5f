import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";

/** Whether the database answers at all (the health check); throws when it does not. */
export async function databaseAnswers(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
