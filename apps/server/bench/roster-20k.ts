/**
 * A OneRoster import of 20,000 staff, timed: the set is generated in memory (a district, 300
 * schools, 20,000 users with their roles), then previewed and imported twice through the real
 * API on a fresh database: embedded PGlite, or a throwaway database on the PostgreSQL server
 * that DATABASE_URL names. Run with `pnpm --filter @throughline/server bench:roster`.
 */
import { randomUUID } from "node:crypto";
import type { RosterFile } from "@throughline/domain/oneroster/input";

const USERS = Number(process.env.BENCH_ROSTER_USERS ?? 20_000);
const SCHOOLS = 300;

// The test database helper reads TEST_DATABASE_URL; a bench run names the server as DATABASE_URL.
if (process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const { createTestApi } = await import("@throughline/api/testing/test-api");

function csv(header: string, rows: string[]): string {
  return `${header}\r\n${rows.join("\r\n")}\r\n`;
}

function generate(): RosterFile[] {
  const schools = Array.from({ length: SCHOOLS }, (_, index) => `sch-${index + 1}`);
  const orgs = [
    "bench-district,,,Bench Unified,district,,",
    ...schools.map((id, index) => `${id},,,Bench School ${index + 1},school,,bench-district`),
  ];
  const users: string[] = [];
  const roles: string[] = [];
  for (let index = 1; index <= USERS; index += 1) {
    const id = `u-${index}`;
    const school = schools[index % SCHOOLS] ?? "sch-1";
    const role =
      index % 100 === 0 ? "principal" : index === 1 ? "districtAdministrator" : "teacher";
    users.push(
      `${id},,,true,user${index},,Given${index},Family${index},,,user${index}@bench.test,,,,,,,,,,,${school},`,
    );
    roles.push(
      `r-${index},,,${id},primary,${role},,,${role === "districtAdministrator" ? "bench-district" : school},`,
    );
  }
  const manifest = [
    "manifest.version,1.0",
    "oneroster.version,1.2",
    "file.orgs,bulk",
    "file.users,bulk",
    "file.roles,bulk",
  ];
  const file = (name: string, content: string): RosterFile => ({ name, encoding: "text", content });
  return [
    file("manifest.csv", csv("propertyName,value", manifest)),
    file(
      "orgs.csv",
      csv("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId", orgs),
    ),
    file(
      "users.csv",
      csv(
        "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns",
        users,
      ),
    ),
    file(
      "roles.csv",
      csv(
        "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId",
        roles,
      ),
    ),
  ];
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

const api = await createTestApi();
try {
  const files = generate();
  const megabytes = files.reduce((sum, file) => sum + file.content.length, 0) / 1_000_000;
  console.log(
    `OneRoster set: ${USERS.toLocaleString("en-US")} users, ${SCHOOLS} schools, ${megabytes.toFixed(1)} MB; database: ${api.kind}`,
  );
  const admin = await api.callerFor("admin@maplevalley.test");
  const preview = await timed("preview", () => admin.rosterImport.preview({ files }));
  console.log(`  ${JSON.stringify(preview.counts)}; bad rows: ${preview.badRows.length}`);
  const first = await timed("import (creates everyone)", () =>
    admin.rosterImport.importFiles({ files, importId: randomUUID() }),
  );
  console.log(`  ${JSON.stringify(first.counts)}`);
  const again = await timed("import again (no changes)", () =>
    admin.rosterImport.importFiles({ files, importId: randomUUID() }),
  );
  console.log(`  ${JSON.stringify(again.counts)}`);
} finally {
  await api.close();
}
