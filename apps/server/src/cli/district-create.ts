import { databaseOptionsFromEnv, describeTarget } from "@throughline/db/cli/env";
import { openDatabase } from "@throughline/db/client";
import { migrateDatabase } from "@throughline/db/migrate";
import { inviteLifetimeDays } from "@throughline/domain/people-admin";
import { readEnv } from "../env.ts";
import { createDistrictWithInvite } from "./create-district-with-invite.ts";
import { districtCreateUsage, parseDistrictCreateArgs } from "./district-create-args.ts";

/*
 * `pnpm district:create`: a further district on an installation, named by DATABASE_URL (or the
 * embedded database in DATA_DIR while the server is stopped). Prints the first admin's one-time
 * invite link, which is built on PUBLIC_URL as the server's links are. Exit code 1 on refusal.
 */

const args = parseDistrictCreateArgs(process.argv.slice(2).filter((arg) => arg !== "--"));
if (!args.ok) {
  console.error(
    `Nothing was created:\n${args.problems.map((p) => `  ${p}`).join("\n")}\n\n${districtCreateUsage}`,
  );
  process.exit(1);
}

// The server's own configuration, so the link names the origin the server answers on.
const { PUBLIC_URL: publicUrl } = readEnv(process.env);
const options = databaseOptionsFromEnv();
const { db, kind, close } = await openDatabase(options);
let exitCode = 0;
try {
  // The district's tables must exist; on an up-to-date database this changes nothing.
  await migrateDatabase(db, kind);
  const result = await createDistrictWithInvite(db, {
    input: args.input,
    publicUrl,
    now: new Date(),
  });
  if (result.ok) {
    console.log(
      [
        `Created the district ${args.input.districtName} (${args.input.slug}) in the ${describeTarget(options)},`,
        "with the default framework and no people besides its first admin.",
        "",
        `Send ${args.input.adminEmail} this one-time link to set a password (it works for ${inviteLifetimeDays} days):`,
        `  ${result.inviteUrl}`,
      ].join("\n"),
    );
  } else {
    console.error(
      result.problem === "slug_taken"
        ? `Nothing was created: another district already uses the slug "${args.input.slug}". Choose another --slug.`
        : `Nothing was created: ${args.input.adminEmail} is already someone's in a Throughline district (an email belongs to one person in one district). Choose another --admin-email.`,
    );
    exitCode = 1;
  }
} finally {
  await close();
}
process.exitCode = exitCode;
