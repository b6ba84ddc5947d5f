import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createAuth } from "@throughline/api/auth";
import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { openPglite } from "@throughline/db/client";
import { migrateDatabase } from "@throughline/db/migrate";
import { person } from "@throughline/db/schema";
import { seedDemoData } from "@throughline/db/seed";
import { membershipFor } from "@throughline/db/testing";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { testServerDeps } from "../testing/test-server.ts";

/*
 * `pnpm db:backup` and `pnpm db:restore`, run as the commands they are: a seeded embedded
 * database is backed up, restored into a fresh folder, and a server on the copy holds the same
 * people, the same files and signs the same teacher in.
 */

const dbPackage = fileURLToPath(new URL("../../../../packages/db", import.meta.url));
const run = promisify(execFile);

async function cli(script: "backup" | "restore", args: string[], dataDir: string) {
  try {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", `src/cli/${script}.ts`, ...args],
      {
        cwd: dbPackage,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", INIT_CWD: "" },
      },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, output: failed.stderr ?? "" };
  }
}

let parent: string;
let original: string;
let restored: string;
let archive: string;
let peopleBefore = 0;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "throughline-backup-"));
  original = join(parent, "original");
  restored = join(parent, "restored");
  archive = join(parent, "backup.tar.gz");
  const database = await openPglite(original);
  await migrateDatabase(database.db, database.kind);
  await seedDemoData(database.db);
  const [counted] = await database.db.select({ value: count() }).from(person);
  peopleBefore = counted?.value ?? 0;
  await database.close();
  // What the server keeps beside its database: the generated secret and uploaded files.
  await writeFile(join(original, "auth-secret"), "the-generated-secret");
  await mkdir(join(original, "files", "evidence"), { recursive: true });
  await writeFile(join(original, "files", "evidence", "plan.txt"), "evidence bytes");
}, 180_000);
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("backup and restore of the embedded database", () => {
  it("restores into a fresh folder that serves the same data", async () => {
    const backup = await cli("backup", ["--out", archive], original);
    expect(backup.output).toContain("Backed up");
    expect(backup.code).toBe(0);

    const restore = await cli("restore", [archive, "--data-dir", restored], original);
    expect(restore.code).toBe(0);
    expect(await readFile(join(restored, "auth-secret"), "utf8")).toBe("the-generated-secret");
    expect(await readFile(join(restored, "files", "evidence", "plan.txt"), "utf8")).toBe(
      "evidence bytes",
    );

    const database = await openPglite(restored);
    try {
      await migrateDatabase(database.db, database.kind);
      const [{ value: peopleAfter } = { value: 0 }] = await database.db
        .select({ value: count() })
        .from(person);
      expect(peopleBefore).toBeGreaterThan(40);
      expect(peopleAfter).toBe(peopleBefore);
      const secret = "a-test-secret-that-is-long-enough-for-hmac-signing";
      const auth = createAuth({
        db: database.db,
        secret,
        baseURL: "http://localhost:3000",
        secureCookies: false,
      });
      const app = await createServerApp(
        testServerDeps(database, auth, { storage: new LocalDiskStorage(restored) }),
      );
      const signIn = await app.request("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ email: "teacher@maplevalley.test", password: "throughline-demo" }),
      });
      expect(signIn.status).toBe(200);
      expect(await membershipFor(database.db, "teacher@maplevalley.test")).toMatchObject({
        districtId: expect.any(String),
      });
    } finally {
      await database.close();
    }
  }, 120_000);

  it("refuses to restore over a folder that is not empty, unless told to", async () => {
    const refused = await cli("restore", [archive, "--data-dir", restored], original);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("is not empty");

    const forced = await cli("restore", [archive, "--data-dir", restored, "--force"], original);
    expect(forced.code).toBe(0);
  }, 60_000);

  it("refuses while a server has the database open", async () => {
    const running = await openPglite(original);
    try {
      const backup = await cli("backup", ["--out", join(parent, "while-open.tar.gz")], original);
      expect(backup.code).toBe(1);
      expect(backup.output).toContain("Stop the server first");
      const restore = await cli("restore", [archive, "--force"], original);
      expect(restore.code).toBe(1);
      expect(restore.output).toContain("Stop the server first");
    } finally {
      await running.close();
    }
  }, 60_000);
});
