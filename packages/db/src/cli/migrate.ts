import { openDatabase } from "../client.ts";
import { migrateDatabase } from "../migrate.ts";
import { databaseOptionsFromEnv, describeTarget } from "./env.ts";

const options = databaseOptionsFromEnv();
const { db, kind, close } = await openDatabase(options);
try {
  await migrateDatabase(db, kind);
  console.log(`Migrated the ${describeTarget(options)}.`);
} finally {
  await close();
}
