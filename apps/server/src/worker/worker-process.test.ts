import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPostgres } from "@throughline/db/client";
import { migrateDatabase } from "@throughline/db/migrate";
import { notify } from "@throughline/db/queries/notifications/notify";
import { outboxEmail } from "@throughline/db/schema";
import { seedDemoData } from "@throughline/db/seed";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../mail/transport.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/test-smtp-server.ts";
import { DEFAULT_LEASE_MS, runWorkerTick } from "./run-worker-tick.ts";

/*
 * The separate worker process (`pnpm worker`) killed with SIGKILL in the middle of an SMTP
 * exchange: the server has the whole message, the worker never marks it. Needs a real
 * PostgreSQL (TEST_DATABASE_URL), because the embedded database belongs to one process.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const PUBLIC_URL = "https://throughline.example.org";
const SECRET = "a-test-secret-that-is-long-enough-for-hmac-signing";
const DAY = 24 * 60 * 60_000;

describe.skipIf(!serverUrl)("the worker as its own process", () => {
  const name = `throughline_test_${randomUUID().replaceAll("-", "")}`;
  let admin: Awaited<ReturnType<typeof openPostgres>>;
  let databaseUrl: string;
  let handle: Awaited<ReturnType<typeof openPostgres>>;
  let smtp: TestSmtpServer;
  let dataDir: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    admin = await openPostgres(serverUrl ?? "");
    await admin.db.execute(sql.raw(`create database "${name}"`));
    const url = new URL(serverUrl ?? "");
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    handle = await openPostgres(databaseUrl);
    await migrateDatabase(handle.db, handle.kind);
    await seedDemoData(handle.db);
    smtp = await startTestSmtpServer();
    dataDir = await mkdtemp(join(tmpdir(), "throughline-worker-"));
  });
  afterAll(async () => {
    child?.kill("SIGKILL");
    await smtp?.close();
    await handle?.close();
    await admin?.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses to start on the embedded database", async () => {
    const refused = spawn(process.execPath, ["--import", "tsx", "src/worker-main.ts"], {
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "fatal" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    refused.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => refused.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("needs DATABASE_URL");
  });

  it("killed between sending and marking, the message goes once more with the same Message-ID", async () => {
    const maria = await membershipFor(handle.db, "teacher@maplevalley.test");
    const janelle = await membershipFor(handle.db, "coach@maplevalley.test");
    await withTenant(handle.db, maria.districtId, (tx) =>
      notify(
        tx,
        maria.districtId,
        {
          recipientIds: [janelle.personId],
          kind: "step_stuck",
          title: "Maria Delgado is stuck on a step",
          body: "Find a mentor text",
          link: { app: "coach", path: `/teachers/${maria.personId}` },
        },
        // A week ago: its quiet hours are long over, so the worker emails it at once.
        new Date(Date.now() - 7 * DAY),
      ),
    );

    let killedDuring: string | undefined;
    const exited = new Promise<void>((resolve) => {
      smtp.answerWith(async (raw) => {
        // The seeded districts may have mail of their own due (a Monday's weekly summaries):
        // the worker is killed while sending this notification, whichever it sends first.
        const isThisNotification = raw
          .toString("utf8")
          .includes("Maria Delgado is stuck on a step");
        if (!killedDuring && child && isThisNotification) {
          killedDuring = raw.toString("utf8").match(/^Message-ID:\s*(<[^>]+>)/im)?.[1];
          const gone = new Promise((done) => child?.once("exit", done));
          child.kill("SIGKILL");
          await gone;
          resolve();
        }
        return "accept" as const;
      });
    });
    child = spawn(process.execPath, ["--import", "tsx", "src/worker-main.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: SECRET,
        PUBLIC_URL,
        SMTP_URL: smtp.url,
        DATA_DIR: dataDir,
        WORKER_INTERVAL_MS: "200",
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    await exited;
    expect(killedDuring).toMatch(/^<[0-9a-f-]{36}@throughline\.example\.org>$/);
    const outboxId = killedDuring?.slice(1, 37) ?? "";
    const [left] = await withTenant(handle.db, maria.districtId, (tx) =>
      tx.select().from(outboxEmail).where(eq(outboxEmail.id, outboxId)),
    );
    expect(left).toMatchObject({ status: "sending", attempts: 1 });

    // Another worker, once the dead one's claim has run out.
    const mailer = createSmtpMailer(smtp.url);
    const deps = {
      db: handle.db,
      mailer,
      publicUrl: PUBLIC_URL,
      secret: SECRET,
      reminders: async () => 0,
    };
    try {
      const later = Date.now() + DEFAULT_LEASE_MS + 1000;
      const resent = await runWorkerTick(deps, new Date(later));
      expect(resent.sent).toBeGreaterThanOrEqual(1);
      expect(await runWorkerTick(deps, new Date(later + 1000))).toMatchObject({ sent: 0 });
    } finally {
      mailer.close();
    }

    const copies = new Map<string | undefined, number>();
    for (const mail of smtp.accepted)
      copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
    expect(copies.get(killedDuring)).toBe(2);
    for (const [messageId, count] of copies) {
      if (messageId !== killedDuring) expect(count).toBe(1);
    }
    const [done] = await withTenant(handle.db, maria.districtId, (tx) =>
      tx.select().from(outboxEmail).where(eq(outboxEmail.id, outboxId)),
    );
    expect(done).toMatchObject({ status: "sent", attempts: 2, deliveredVia: "smtp" });
  });
});
