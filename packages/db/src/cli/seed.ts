import { openDatabase } from "../client.ts";
import { migrateDatabase } from "../migrate.ts";
import { seedDemoData } from "../seed.ts";
import { databaseOptionsFromEnv, describeTarget } from "./env.ts";

const options = databaseOptionsFromEnv();
const { db, kind, close } = await openDatabase(options);
try {
  // Seeding needs the tables; migrating an up-to-date database changes nothing.
  await migrateDatabase(db, kind);
  await seedDemoData(db);
  console.log(`Seeded the demo districts in the ${describeTarget(options)} (skipped if present).`);
} finally {
  await close();
}
