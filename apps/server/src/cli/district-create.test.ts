import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { hashInviteSecret } from "@throughline/api/invite-token";
import type { DatabaseHandle } from "@throughline/db/client";
import { findOpenInvite } from "@throughline/db/queries/people/people-admin-invites";
import {
  district,
  person,
  personInvite,
  roleMembership,
  stage,
  user,
} from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { createTestDatabase, rawRows } from "@throughline/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serverUrl = process.env.TEST_DATABASE_URL;
const serverRoot = fileURLToPath(new URL("../..", import.meta.url));
const PUBLIC_URL = "https://throughline.example.org";

let handle: DatabaseHandle;
let databaseUrl: string;

/** The real command in its own process, as an operator runs it; never throws on exit code 1. */
async function districtCreate(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/district-create.ts", ...args],
      { cwd: serverRoot, env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const riverside = [
  "--name",
  "Riverside Unified",
  "--slug",
  "riverside",
  "--time-zone",
  "America/Denver",
  "--admin-email",
  "it.lead@riverside.example",
  "--admin-name",
  "Ana Ruiz",
  "--school-year-start",
  "7",
];

async function counts() {
  const [row] = await rawRows<Record<string, number>>(
    handle.db,
    sql`select (select count(*)::int from district) as districts, (select count(*)::int from person) as people,
               (select count(*)::int from person_invite) as invites, (select count(*)::int from "user") as users`,
  );
  return row;
}

// The command runs against PostgreSQL, as on a hosted installation; CI sets TEST_DATABASE_URL.
describe.skipIf(!serverUrl)("pnpm district:create", () => {
  beforeAll(async () => {
    handle = await createTestDatabase();
    const [current] = await rawRows<{ name: string }>(
      handle.db,
      sql`select current_database() as name`,
    );
    const url = new URL(serverUrl ?? "");
    url.pathname = `/${current?.name}`;
    databaseUrl = url.toString();
  });
  afterAll(() => handle?.close());

  it("creates a district with the default framework and prints its first admin's invite link", async () => {
    const result = await districtCreate(riverside);
    expect(result.code).toBe(0);
    const [created] = await handle.db.select().from(district).where(eq(district.slug, "riverside"));
    expect(created).toMatchObject({
      name: "Riverside Unified",
      timeZone: "America/Denver",
      schoolYearStartMonth: 7,
    });
    const link = result.stdout.match(
      /https:\/\/throughline\.example\.org\/invite\/([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})/,
    );
    expect(link?.[1]).toBe(created?.id);

    await withTenant(handle.db, created?.id ?? "", async (tx) => {
      expect(await tx.$count(stage)).toBe(3);
      const people = await tx
        .select({ name: person.displayName, userId: person.userId, role: roleMembership.role })
        .from(person)
        .innerJoin(roleMembership, eq(roleMembership.personId, person.id));
      expect(people).toEqual([{ name: "Ana Ruiz", userId: null, role: "district_admin" }]);
      const invite = await findOpenInvite(tx, {
        tokenHash: hashInviteSecret(link?.[2] ?? ""),
        now: new Date(),
      });
      expect(invite?.email).toBe("it.lead@riverside.example");
    });
    expect(await handle.db.$count(user)).toBe(0);
  });

  it("refuses a taken slug and writes nothing", async () => {
    const before = await counts();
    const result = await districtCreate([
      ...riverside.slice(0, 6),
      "--admin-email",
      "someone.else@lakeside.example",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('another district already uses the slug "riverside"');
    expect(result.stdout).not.toContain("/invite/");
    expect(await counts()).toEqual(before);
  });

  it("refuses an email another district has, a bad time zone and missing arguments", async () => {
    const before = await counts();
    const takenEmail = await districtCreate([
      "--name",
      "Lakeside",
      "--slug",
      "lakeside",
      "--time-zone",
      "America/Chicago",
      "--admin-email",
      "IT.Lead@riverside.example",
    ]);
    expect(takenEmail.code).toBe(1);
    expect(takenEmail.stderr).toContain(
      "it.lead@riverside.example is already someone's in a Throughline district",
    );

    const badZone = await districtCreate([
      "--name",
      "Lakeside",
      "--slug",
      "lakeside",
      "--time-zone",
      "Mars/Olympus",
      "--admin-email",
      "a@lakeside.example",
    ]);
    expect(badZone.code).toBe(1);
    expect(badZone.stderr).toContain("--time-zone: This is not a time zone we know");

    const missing = await districtCreate(["--name", "Lakeside"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--slug:");
    expect(missing.stderr).toContain("--admin-email:");
    expect(missing.stderr).toContain("Usage: pnpm district:create");
    expect(await counts()).toEqual(before);
    expect(await handle.db.$count(personInvite)).toBe(1);
  });
});
