import { openDatabase } from "../client.ts";
import { migrateDatabase } from "../migrate.ts";
import { removeDistrict } from "../queries/districts/district-remove.ts";
import { districtRemoveUsage, parseDistrictRemoveArgs } from "./district-remove-args.ts";
import { databaseOptionsFromEnv, describeTarget } from "./env.ts";

/*
 * `pnpm district:remove --slug <slug> --yes` (and `pnpm demo:remove --yes`): deletes a district
 * and everything of it from the database named by DATABASE_URL (or the embedded database in
 * DATA_DIR while the server is stopped). Each district goes in one transaction. Exit code 1 on
 * refusal.
 */

const args = parseDistrictRemoveArgs(process.argv.slice(2).filter((arg) => arg !== "--"));
if (!args.ok) {
  console.error(`Nothing was removed: ${args.problem}\n\n${districtRemoveUsage}`);
  process.exit(1);
}

const options = databaseOptionsFromEnv();
const { db, kind, close } = await openDatabase(options);
try {
  await migrateDatabase(db, kind);
  for (const slug of args.slugs) {
    const result = await removeDistrict(db, slug);
    console.log(
      result.removed
        ? `Removed ${result.name} (${slug}) and its ${result.logins} sign-ins from the ${describeTarget(options)}.`
        : `No district "${slug}" in the ${describeTarget(options)}; nothing to remove.`,
    );
  }
} finally {
  await close();
}
