import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RosterProgress } from "@throughline/domain/oneroster/input";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generatedRoster } from "./testing/generated-roster.ts";
import { signInOverHttp, trpcMutation, trpcQuery } from "./testing/http-client.ts";
import { startTestS3Server, type TestS3Server } from "./testing/s3-test-server.ts";
import { createScratchPostgres } from "./testing/scratch-postgres.ts";
import { type ServerProcess, startServerProcess } from "./testing/server-process.ts";
import { startTestSmtpServer, type TestSmtpServer } from "./testing/test-smtp-server.ts";

/*
 * Two server processes on one PostgreSQL behind an imagined load balancer: the same secret,
 * each with its own (empty) data folder and the in-process worker, one shared S3 bucket. What
 * one process starts, the other continues; nothing lives in one process only.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const TEACHER = "teacher@maplevalley.test";
const COACH = "coach@maplevalley.test";
const ADMIN = "admin@maplevalley.test";

describe.skipIf(!serverUrl)("two server processes on one PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createScratchPostgres>>;
  let smtp: TestSmtpServer;
  let s3: TestS3Server;
  const dataDirs: string[] = [];
  let one: ServerProcess;
  let two: ServerProcess;

  beforeAll(async () => {
    database = await createScratchPostgres(serverUrl ?? "");
    [smtp, s3] = await Promise.all([startTestSmtpServer(), startTestS3Server()]);
    const shared = {
      DATABASE_URL: database.url,
      AUTH_SECRET: "a-secret-both-processes-share-that-is-long-enough",
      SEED_DEMO_DATA: "false",
      SMTP_URL: smtp.url,
      WORKER: "in-process",
      WORKER_INTERVAL_MS: "200",
      ...s3.env,
    };
    const started = await Promise.all(
      [1, 2].map(async () => {
        const dataDir = await mkdtemp(join(tmpdir(), "throughline-scale-out-"));
        dataDirs.push(dataDir);
        return startServerProcess({ ...shared, DATA_DIR: dataDir });
      }),
    );
    [one, two] = started as [ServerProcess, ServerProcess];
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await Promise.all([smtp?.close(), s3?.close(), database?.drop()]);
    for (const dataDir of dataDirs) await rm(dataDir, { recursive: true, force: true });
  });

  it("a session made through one process is good on the other", async () => {
    const cookie = await signInOverHttp(one.url, TEACHER);
    const home = await trpcQuery<{ enrolments: unknown[] }>(two.url, cookie, "teacher.home");
    expect(home.enrolments.length).toBeGreaterThan(0);
  });

  it("a session signed out through one process is refused by the other, which kept it", async () => {
    const cookie = await signInOverHttp(one.url, COACH);
    const viewerMe = () => fetch(`${two.url}/trpc/viewer.me`, { headers: { cookie } });
    // Twice: the second answer comes from the session the other process keeps (on PostgreSQL).
    expect((await viewerMe()).status).toBe(200);
    expect((await viewerMe()).status).toBe(200);
    const signedOut = await fetch(`${one.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, origin: one.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(signedOut.status).toBe(200);
    await vi.waitFor(async () => expect((await viewerMe()).status).toBe(401), {
      timeout: 2000,
      interval: 10,
    });
  });

  it("a file uploaded through one process is downloaded through the other", async () => {
    const cookie = await signInOverHttp(one.url, TEACHER);
    const home = await trpcQuery<{ enrolments: { stage: { id: string } }[] }>(
      one.url,
      cookie,
      "teacher.home",
    );
    const { plan } = await trpcQuery<{ plan: { steps: { id: string }[] } | null }>(
      one.url,
      cookie,
      "actionPlan.mine",
      { stageId: home.enrolments[0]?.stage.id },
    );
    const bytes = new TextEncoder().encode("%PDF-1.4\n% shared through the bucket\n%%EOF\n");
    const form = new FormData();
    form.set("stepId", plan?.steps[0]?.id ?? "");
    form.set("file", new File([bytes], "Lesson plan.pdf", { type: "application/pdf" }));
    const uploaded = await fetch(`${one.url}/files/evidence`, {
      method: "POST",
      headers: { cookie, origin: one.url },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { fileId } = (await uploaded.json()) as { fileId: string };

    const downloaded = await fetch(`${two.url}/files/evidence/${fileId}`, { headers: { cookie } });
    expect(downloaded.status).toBe(200);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(bytes);
    // The bytes are in the bucket, not in either process's data folder.
    for (const dataDir of dataDirs) {
      expect(await readdir(join(dataDir, "files")).catch(() => [])).toEqual([]);
    }
  });

  it("each notification email is sent exactly once although both workers run", async () => {
    const teacher = await signInOverHttp(two.url, TEACHER);
    // Email at once, whatever the time of day the test runs.
    await trpcMutation(two.url, teacher, "notifications.savePreferences", {
      emailModes: { coach_comment: "immediate" },
      emailEvenings: true,
      emailWeekends: true,
    });
    const home = await trpcQuery<{ enrolments: { stage: { id: string } }[] }>(
      two.url,
      teacher,
      "teacher.home",
    );
    const { plan } = await trpcQuery<{ plan: { id: string } | null }>(
      two.url,
      teacher,
      "actionPlan.mine",
      { stageId: home.enrolments[0]?.stage.id },
    );
    const coach = await signInOverHttp(one.url, COACH);
    // Each comment carries a token with no spaces, so line wrapping in the email cannot split it.
    const tokens = [1, 2, 3, 4, 5, 6].map(() => randomUUID());
    for (const [index, token] of tokens.entries()) {
      // Alternately through each process, as a load balancer would spread them.
      const via = index % 2 === 0 ? one : two;
      const body = `Nice work on this step (${token})`;
      await trpcMutation(via.url, coach, "actionPlan.comment", { planId: plan?.id, body });
    }

    const mailsAbout = (token: string) =>
      smtp.accepted.filter((mail) => mail.parsed.text?.includes(token));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && tokens.some((token) => mailsAbout(token).length === 0)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Both workers have ten more turns to send anything twice.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    for (const token of tokens) expect(mailsAbout(token)).toHaveLength(1);
    const messageIds = smtp.accepted.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
  });

  it("an import started through one process is followed to the end through the other", async () => {
    const admin = await signInOverHttp(one.url, ADMIN);
    const importId = randomUUID();
    const files = generatedRoster({ users: 6000, schools: 60 });
    const importing = trpcMutation<{ written: number }>(
      one.url,
      admin,
      "rosterImport.importFiles",
      { files, importId },
    );
    importing.catch(() => {});

    const seen: RosterProgress[] = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const progress = await trpcQuery<RosterProgress | null>(
        two.url,
        "",
        "rosterImport.progress",
        { importId },
      );
      if (progress) seen.push(progress);
      if (progress?.finished) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { written } = await importing;

    // Followed while it ran: some answers part way, growing, before the import itself answered.
    const partWay = seen.filter((progress) => !progress.finished);
    expect(partWay.some((progress) => progress.done > 0 && progress.done < written)).toBe(true);
    const dones = seen.map((progress) => progress.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: written, total: written, finished: true });
    // 60 schools and 6,000 people.
    expect(written).toBe(6060);
  });
});
